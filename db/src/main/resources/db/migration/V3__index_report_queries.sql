-- The annual report reads one council-year of returns many times over (year figures, themes and
-- outcomes, measures, top contracts, supplier groups, the method annex) and one council's returns
-- whole (progress and RAG). V2's indexes lead with council_id but not with the period, so each of
-- those statements read every return the council ever had and filtered by date in the heap.
-- Measured in docs/performance.md.

-- A council-year by period, carrying the columns the report aggregates, so the statements can be
-- answered from the index alone.
create index delivery_return_council_period_idx
    on delivery_return (council_id, period_start) include (commitment_id, supplier_id, status, quantity);

-- Verified and claimed quantities per commitment (progress and RAG) from the index alone.
create index delivery_return_council_commitment_totals_idx
    on delivery_return (council_id, commitment_id) include (status, quantity);

package org.svtracker.reporting.drilldown;

/**
 * Which returns lie behind a figure of the report: delivered (verified) or claimed (submitted)
 * returns of the year, narrowed to a theme, an outcome, a measure, a contract or a supplier group.
 */
public record DrillDown(
        Figure figure, Long themeId, Long outcomeId, String measureCode, Long contractId, String supplierGroup) {

    public enum Figure {
        DELIVERED("VERIFIED"),
        CLAIMED("SUBMITTED");

        private final String status;

        Figure(String status) {
            this.status = status;
        }

        String status() {
            return status;
        }
    }
}

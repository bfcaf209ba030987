package org.svtracker.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.svtracker.domain.testing.ContractDetailsBuilder.aContract;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractLifecycleTests {

    static ContractDetails details(String reference, String value) {
        return aContract(reference)
                .titled("Highways maintenance")
                .category(ContractCategory.WORKS)
                .worth(value)
                .running(LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31))
                .localArea("Within the county boundary")
                .build();
    }

    @Test
    void aContractMovesFromPlannedToClosedOneStepAtATime() {
        Contract contract = new Contract(1, details("C-1", "250000"));
        assertThat(contract.status()).isEqualTo(ContractStatus.PLANNED);

        contract.startTender();
        contract.award(7, LocalDate.of(2025, 3, 1));
        contract.goLive();
        contract.close();

        assertThat(contract.status()).isEqualTo(ContractStatus.CLOSED);
        assertThat(contract.supplierId()).isEqualTo(7);
        assertThat(contract.awardedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void illegalMovesAreRefused() {
        Contract planned = new Contract(1, details("C-2", "250000"));

        assertThatExceptionOfType(ContractStepRefused.class)
                .isThrownBy(() -> planned.award(7, LocalDate.of(2025, 3, 1)))
                .withMessage("A contract that is PLANNED cannot become AWARDED");
        assertThatExceptionOfType(ContractStepRefused.class).isThrownBy(planned::goLive);
        assertThatExceptionOfType(ContractStepRefused.class).isThrownBy(planned::close);

        planned.startTender();
        assertThatExceptionOfType(ContractStepRefused.class).isThrownBy(planned::startTender);
    }

    @Test
    void aClosedContractGoesNowhere() {
        for (ContractStatus next : ContractStatus.values()) {
            assertThat(ContractStatus.CLOSED.canMoveTo(next)).isFalse();
        }
    }

    @Test
    void theEndDateMustBeAfterTheStartDate() {
        var sameDay = aContract("C-3")
                .titled("Title")
                .category(ContractCategory.GOODS)
                .worth("10")
                .running(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1))
                .weighting(null)
                .build();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Contract(1, sameDay))
                .withMessage("The end date must be after the start date");
    }

    @Test
    void commitmentsCanChangeUntilDeliveryStarts() {
        assertThat(ContractStatus.PLANNED.commitmentsEditable()).isTrue();
        assertThat(ContractStatus.IN_TENDER.commitmentsEditable()).isTrue();
        assertThat(ContractStatus.AWARDED.commitmentsEditable()).isTrue();
        assertThat(ContractStatus.LIVE.commitmentsEditable()).isFalse();
        assertThat(ContractStatus.CLOSED.commitmentsEditable()).isFalse();
    }
}

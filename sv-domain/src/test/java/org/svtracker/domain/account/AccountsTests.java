package org.svtracker.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.svtracker.domain.DomainIntegrationTest;
import org.svtracker.domain.council.Council;
import org.svtracker.domain.council.CouncilRepository;
import org.svtracker.domain.council.CouncilSettings;

@DomainIntegrationTest
class AccountsTests {

    @Autowired
    Accounts accounts;

    @Autowired
    CouncilRepository councils;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    long councilId;

    @BeforeEach
    void aCouncil() {
        councilId = councils.save(new Council(
                        "testshire", "Testshire County Council", CouncilSettings.withThreshold(BigDecimal.ZERO, null)))
                .id();
    }

    @Test
    void aStaffMemberSignsInWithTheirCouncilWhateverTheCaseOfTheUsername() {
        accounts.createCouncilStaff(staff("procurement.testshire", Role.PROCUREMENT_OFFICER));

        SignInAccount found = accounts.findForSignIn("  Procurement.TESTSHIRE ").orElseThrow();

        assertThat(found.role()).isEqualTo(Role.PROCUREMENT_OFFICER);
        assertThat(found.councilId()).isEqualTo(councilId);
        assertThat(found.councilSlug()).isEqualTo("testshire");
        assertThat(found.councilName()).isEqualTo("Testshire County Council");
        assertThat(found.enabled()).isTrue();
    }

    @Test
    void passwordsAreStoredHashedWithTheirAlgorithmNamed() {
        accounts.createCouncilStaff(staff("admin.testshire", Role.COUNCIL_ADMIN));

        String stored = accounts.findForSignIn("admin.testshire").orElseThrow().passwordHash();

        assertThat(stored).startsWith("{bcrypt}").doesNotContain("a long enough password");
        assertThat(passwordEncoder.matches("a long enough password", stored)).isTrue();
    }

    @Test
    void aPasswordUnderTwelveCharactersIsRefusedAndNothingIsSaved() {
        var tooShort = new NewStaffMember("short.testshire", "Short", null, "elevenchars", Role.COUNCILLOR, councilId);

        assertThatIllegalArgumentException().isThrownBy(() -> accounts.createCouncilStaff(tooShort));
        assertThat(accounts.exists("short.testshire")).isFalse();
    }

    @Test
    void usernamesAreUniqueWhateverTheirCase() {
        accounts.createCouncilStaff(staff("contracts.testshire", Role.CONTRACT_MANAGER));

        assertThatThrownBy(() -> {
                    accounts.createCouncilStaff(staff("Contracts.Testshire", Role.COUNCILLOR));
                    jdbc.sql("select 1").query(Integer.class).single(); // flush
                })
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesAStaffUserWithoutACouncil() {
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into user_account (username, display_name, password_hash, role)
                                values ('orphan', 'Orphan', 'x', 'CONTRACT_MANAGER')
                                """).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("user_account_belongs_to_one_organisation");
    }

    @Test
    void aCouncilListsItsOwnStaffOnly() {
        long otherCouncil = councils.save(new Council(
                        "otherton", "Otherton Council", CouncilSettings.withThreshold(BigDecimal.ZERO, null)))
                .id();
        accounts.createCouncilStaff(staff("councillor.testshire", Role.COUNCILLOR));
        accounts.createCouncilStaff(new NewStaffMember(
                "councillor.otherton", "Other", null, "a long enough password", Role.COUNCILLOR, otherCouncil));

        assertThat(accounts.staffOf(councilId))
                .extracting(StaffMember::username)
                .containsExactly("councillor.testshire");
    }

    private NewStaffMember staff(String username, Role role) {
        return new NewStaffMember(username, "Test " + role.label(), null, "a long enough password", role, councilId);
    }
}

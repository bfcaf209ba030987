package org.svtracker.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.svtracker.domain.DomainIntegrationTest;

/**
 * The £ value of a quantity is one rule written twice, {@link Money#valueOf} in Java and {@link
 * Money#valueOfSql} for the reports' SQL: on real PostgreSQL, at the columns' types (quantities
 * {@code numeric(14,3)}, proxies {@code numeric(14,2)}), both give the same pence.
 */
@DomainIntegrationTest
class MoneyInPostgresTests {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} × £{1} = £{2}")
    @CsvSource({
        // 5.63769
        "0.333, 16.93, 5.64",
        "12.5, 24000.00, 300000.00",
        // £273.06 a tonne: 0.27306, 274.4253, 730.4355
        "0.001, 273.06, 0.27",
        "1.005, 273.06, 274.43",
        "2.675, 273.06, 730.44",
        // Exact half pennies, 68.265 and 341.325: the even penny would be 68.26 and 341.32.
        "0.25, 273.06, 68.27",
        "1.25, 273.06, 341.33",
        // Half pennies that a double would round down (2.675 is 2.67499999... as a double).
        "2.675, 1.00, 2.68",
        "1.005, 1.00, 1.01",
        "0.5, 0.01, 0.01",
        "2.5, 0.01, 0.03",
        "0.001, 0.01, 0.00",
        // The largest quantity, 27305999999999.72694, and the largest quantity at the largest proxy.
        "99999999999.999, 273.06, 27305999999999.73",
        "99999999999.999, 999999999999.99, 99999999999998000000000.00",
        "0, 273.06, 0.00",
    })
    void javaAndPostgresValueAQuantityToTheSamePenny(String quantity, String proxy, String expected) {
        assertThat(inSql(quantity, proxy)).isEqualTo(inJava(quantity, proxy)).isEqualTo(Money.of(expected));
    }

    @Test
    void anExactHalfPennyRoundsUpOnBothSidesNeverToTheEvenPenny() {
        // 0.25 t × £273.06 = £68.265 and 2.5 × £0.01 = £0.025: banker's rounding would give the even penny.
        assertThat(new BigDecimal("68.265").setScale(2, RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("68.26"));
        assertThat(new BigDecimal("0.025").setScale(2, RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("0.02"));

        assertThat(inJava("0.25", "273.06")).isEqualTo(inSql("0.25", "273.06")).isEqualTo(Money.of("68.27"));
        assertThat(inJava("2.5", "0.01")).isEqualTo(inSql("2.5", "0.01")).isEqualTo(Money.of("0.03"));
    }

    private static Money inJava(String quantity, String proxy) {
        return Money.valueOf(new BigDecimal(quantity), Money.of(proxy));
    }

    private Money inSql(String quantity, String proxy) {
        return new Money(jdbc.sql("select " + Money.valueOfSql("cast(? as numeric(14,3))", "cast(? as numeric(14,2))"))
                .params(new BigDecimal(quantity), new BigDecimal(proxy))
                .query(BigDecimal.class)
                .single());
    }
}

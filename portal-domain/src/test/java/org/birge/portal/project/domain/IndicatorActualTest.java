package org.birge.portal.project.domain;

import static org.birge.portal.project.domain.ProjectFixtures.projectAt;
import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorActualTest {

    private final Indicator children = projectAt(4).getIndicators().get(0);

    @Test
    void anActualIsTheValueOfAnIndicatorInOneQuarter() {
        IndicatorActual actual = new IndicatorActual(children, 2026, 3, new BigDecimal("140"));

        assertSame(children, actual.getIndicator());
        assertEquals(1050L, actual.getProjectId());
        assertEquals(2026, actual.getYear());
        assertEquals(3, actual.getQuarter());
        assertEquals(new BigDecimal("140"), actual.getValue());
    }

    @ParameterizedTest(name = "{0} Q{1}")
    @CsvSource({"2026, 0", "2026, 5", "1999, 1", "2101, 4"})
    void aPeriodOutsideTheQuartersOfThisCenturyIsRefused(int year, int quarter) {
        assertRefused("project.report.period", () -> new IndicatorActual(children, year, quarter, BigDecimal.ONE));
    }

    @ParameterizedTest(name = "{0} Q{1}")
    @CsvSource({"2000, 1", "2100, 4"})
    void aPeriodAtTheEdgesIsAccepted(int year, int quarter) {
        assertEquals(quarter, new IndicatorActual(children, year, quarter, BigDecimal.ONE).getQuarter());
    }

    @Test
    void anActualNeedsAValue() {
        assertRefused("project.indicator.valuesRequired", () -> new IndicatorActual(children, 2026, 3, null));
    }

    @Test
    void aValueOfZeroIsAValue() {
        assertEquals(BigDecimal.ZERO, new IndicatorActual(children, 2026, 3, BigDecimal.ZERO).getValue());
    }

    @Test
    void changeCorrectsTheValue() {
        IndicatorActual actual = new IndicatorActual(children, 2026, 3, new BigDecimal("140"));

        actual.change(new BigDecimal("155.5"));

        assertEquals(new BigDecimal("155.5"), actual.getValue());
    }

    @Test
    void changeToNoValueIsRefusedAndKeepsTheValue() {
        IndicatorActual actual = new IndicatorActual(children, 2026, 3, new BigDecimal("140"));

        assertRefused("project.indicator.valuesRequired", () -> actual.change(null));
        assertEquals(new BigDecimal("140"), actual.getValue());
    }
}

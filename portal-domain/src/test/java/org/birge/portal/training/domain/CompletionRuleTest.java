package org.birge.portal.training.domain;

import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompletionRuleTest {

    @ParameterizedTest(name = "at least {0} % of the days: {1} of {2} days present -> completed {3}")
    @CsvSource({
            // 80 % of five days is exactly four days
            "80,  5,   5,   true",
            "80,  4,   5,   true",
            "80,  3,   5,   false",
            "80,  0,   5,   false",
            // 79 %: four of five days (80 %) is above the mark, three (60 %) below
            "79,  4,   5,   true",
            "79,  3,   5,   false",
            // 79 % of 100 days is exactly 79 days
            "79,  79,  100, true",
            "79,  78,  100, false",
            // 15 of 19 days is 78.9 %, which rounds to 79 but is below it
            "79,  15,  19,  false",
            "79,  16,  19,  true",
            // two of three days is 66.7 %
            "67,  2,   3,   false",
            "66,  2,   3,   true",
            // a one-day session: present or not
            "100, 1,   1,   true",
            "100, 0,   1,   false",
            "1,   1,   1,   true",
            "1,   0,   1,   false",
            // 1 % of a month is one day
            "1,   1,   30,  true",
            "100, 29,  30,  false",
            "100, 30,  30,  true"
    })
    void attendanceMeetsTheRuleAtOrAboveTheMinimumShareOfDays(int minPercent, int present, int days,
                                                             boolean met) {
        CompletionRule rule = new CompletionRule(minPercent, 70);

        assertEquals(met, rule.isMet(present, days, 100));
    }

    @ParameterizedTest(name = "pass mark {0}: post-test {1} with every day present -> completed {2}")
    @CsvSource(nullValues = "none", value = {
            "70,  70,   true",
            "70,  69,   false",
            "70,  100,  true",
            "70,  0,    false",
            // a missing post-test fails even with full attendance
            "70,  none, false",
            "0,   0,    true",
            "0,   none, false",
            "100, 100,  true",
            "100, 99,   false"
    })
    void thePostTestMeetsTheRuleAtOrAboveThePassMark(int passMark, Integer postScore, boolean met) {
        CompletionRule rule = new CompletionRule(80, passMark);

        assertEquals(met, rule.isMet(5, 5, postScore));
    }

    @ParameterizedTest(name = "{0} of 5 days with post-test {1} -> completed {2}")
    @CsvSource(nullValues = "none", value = {
            "4, 70,   true",
            "3, 70,   false",
            "4, 69,   false",
            "5, none, false",
            "3, 100,  false"
    })
    void bothAttendanceAndThePostTestAreNeeded(int present, Integer postScore, boolean met) {
        assertEquals(met, new CompletionRule(80, 70).isMet(present, 5, postScore));
    }

    @ParameterizedTest(name = "attendance {0} % and pass mark {1} are accepted")
    @CsvSource({"1, 0", "100, 100", "80, 70", "50, 0"})
    void aRuleAtTheEdgesOfItsRangesIsAccepted(int minPercent, int passMark) {
        CompletionRule rule = new CompletionRule(minPercent, passMark);

        assertEquals(minPercent, rule.getMinAttendancePercent());
        assertEquals(passMark, rule.getPassMark());
    }

    @ParameterizedTest(name = "attendance {0} % and pass mark {1} are refused with {2}")
    @CsvSource({
            "0,   70,  training.rule.attendanceRange",
            "-1,  70,  training.rule.attendanceRange",
            "101, 70,  training.rule.attendanceRange",
            "80,  -1,  training.rule.passMarkRange",
            "80,  101, training.rule.passMarkRange"
    })
    void aRuleOutsideItsRangesIsRefused(int minPercent, int passMark, String key) {
        assertRefused(key, () -> new CompletionRule(minPercent, passMark));
    }

    @ParameterizedTest(name = "{0} of {1} days is not a count of attendance")
    @CsvSource({
            "6,  5",
            "2,  1",
            "-1, 5",
            "0,  0",
            "1,  0",
            "0,  -1"
    })
    void daysPresentThatCannotBeAreRejected(int present, int days) {
        CompletionRule rule = new CompletionRule(80, 70);

        assertThrows(IllegalArgumentException.class, () -> rule.isMet(present, days, 100));
    }
}

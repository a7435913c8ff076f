package org.birge.portal.training.domain;

import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.birge.portal.training.domain.TrainingFixtures.ENROLMENT_ID;
import static org.birge.portal.training.domain.TrainingFixtures.FRI;
import static org.birge.portal.training.domain.TrainingFixtures.MON;
import static org.birge.portal.training.domain.TrainingFixtures.completedEnrolment;
import static org.birge.portal.training.domain.TrainingFixtures.enrol;
import static org.birge.portal.training.domain.TrainingFixtures.notCompletedEnrolment;
import static org.birge.portal.training.domain.TrainingFixtures.sessionIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.birge.portal.shared.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateTest {

    private static final LocalDate ISSUED_ON = FRI;
    private static final Instant REVOKED_AT = Instant.parse("2026-05-04T06:00:00Z");
    private static final Pattern CODE = Pattern.compile(Certificate.CODE_PATTERN);
    private static final String AMBIGUOUS = "0O1IL";

    private static Certificate certificate() {
        return new Certificate(completedEnrolment(), ISSUED_ON);
    }

    @Test
    void aCertificateCopiesWhatItCertifiesAtIssue() {
        Enrolment enrolment = completedEnrolment();

        Certificate certificate = new Certificate(enrolment, ISSUED_ON);

        assertEquals(ENROLMENT_ID, certificate.getEnrolmentId());
        assertEquals("akim.zaisan", certificate.getTraineeUsername());
        assertEquals("Name of akim.zaisan", certificate.getTraineeName());
        assertEquals("PME-201", certificate.getCourseCode());
        assertEquals("Planning, monitoring and evaluating social projects", certificate.getCourseTitle());
        assertEquals(24, certificate.getHours());
        assertEquals(MON, certificate.getFirstDay());
        assertEquals(FRI, certificate.getLastDay());
        assertEquals(ISSUED_ON, certificate.getIssuedOn());
        assertTrue(CODE.matcher(certificate.getCode()).matches(), certificate.getCode());
        assertTrue(certificate.isValid());
        assertNull(certificate.getRevokedAt());
        assertNull(certificate.getRevokeReason());
    }

    @Test
    void aCertificateIsOnlyForACompletedEnrolment() {
        Enrolment notCompleted = notCompletedEnrolment();
        TrainingSession open = sessionIn(SessionStatus.OPEN);
        Enrolment requested = enrol(open, true);
        Enrolment waiting = enrol(open, false);
        Enrolment confirmed = enrol(open, true);
        confirmed.confirm();
        Enrolment withdrawn = enrol(open, true);
        withdrawn.withdraw();

        for (Enrolment enrolment : List.of(notCompleted, requested, waiting, confirmed, withdrawn)) {
            assertRefused("training.certificate.notCompleted", () -> new Certificate(enrolment, ISSUED_ON));
        }
    }

    // ---------------------------------------------------------------- codes

    @Test
    void theAlphabetHasNoCharacterThatCanBeMistakenForAnother() {
        for (char c : AMBIGUOUS.toCharArray()) {
            assertEquals(-1, Certificate.CODE_ALPHABET.indexOf(c), "the alphabet holds " + c);
        }
        assertEquals(31, Certificate.CODE_ALPHABET.chars().distinct().count());
    }

    @Test
    void thePatternAcceptsEveryLetterOfTheAlphabetAndNothingAmbiguous() {
        for (char c : Certificate.CODE_ALPHABET.toCharArray()) {
            String code = String.valueOf(c).repeat(4) + "-2345-6789";
            assertTrue(CODE.matcher(code).matches(), code);
        }
        for (char c : AMBIGUOUS.toCharArray()) {
            String code = String.valueOf(c).repeat(4) + "-2345-6789";
            assertFalse(CODE.matcher(code).matches(), code);
        }
    }

    @Test
    void aNewCodeMatchesThePatternAndAvoidsAmbiguousCharacters() {
        for (int i = 0; i < 1000; i++) {
            String code = Certificate.newCode();

            assertTrue(CODE.matcher(code).matches(), code);
            for (char c : AMBIGUOUS.toCharArray()) {
                assertEquals(-1, code.indexOf(c), code);
            }
        }
    }

    @Test
    void manyCodesAreDistinctAndUseTheWholeAlphabet() {
        Set<String> codes = new HashSet<>();
        Set<Character> used = new HashSet<>();
        int count = 10_000;

        for (int i = 0; i < count; i++) {
            String code = Certificate.newCode();
            codes.add(code);
            code.replace("-", "").chars().forEach(c -> used.add((char) c));
        }

        assertEquals(count, codes.size());
        assertEquals(Certificate.CODE_ALPHABET.length(), used.size());
    }

    @Test
    void twoCertificatesGetDifferentCodes() {
        assertFalse(certificate().getCode().equals(certificate().getCode()));
    }

    @ParameterizedTest(name = "\"{0}\" is the code {1}")
    @CsvSource({
            "7KQM-2HXP-R9TD,          7KQM-2HXP-R9TD",
            "7kqm-2hxp-r9td,          7KQM-2HXP-R9TD",
            "7KQM2HXPR9TD,            7KQM-2HXP-R9TD",
            "7kqm2hxpr9td,            7KQM-2HXP-R9TD",
            "'  7KQM 2HXP R9TD  ',    7KQM-2HXP-R9TD",
            "'7KQM - 2HXP - R9TD',    7KQM-2HXP-R9TD",
            "'7k qm2-hx pr9t d',      7KQM-2HXP-R9TD",
            "zsn4-pme2-k7qa,          ZSN4-PME2-K7QA"
    })
    void normaliseAcceptsACodeAsAPersonTypesIt(String typed, String code) {
        assertEquals(code, Certificate.normalise(typed));
    }

    @Test
    void normaliseAcceptsTabsAndLineBreaks() {
        assertEquals("7KQM-2HXP-R9TD", Certificate.normalise("\t7KQM\n2HXP\r\nR9TD\t"));
    }

    @ParameterizedTest(name = "\"{0}\" is no code")
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "---",
            "7KQM-2HXP-R9T",
            "7KQM-2HXP-R9TDA",
            "7KQM-2HXP",
            "7KQM-2HXP-R9TD-7KQM",
            "0KQM-2HXP-R9TD",
            "OKQM-2HXP-R9TD",
            "1KQM-2HXP-R9TD",
            "IKQM-2HXP-R9TD",
            "LKQM-2HXP-R9TD",
            "lkqm-2hxp-r9td",
            "okqm-2hxp-r9td",
            "7KQM_2HXP_R9TD",
            "7KQM.2HXP.R9TD",
            "7KQM-2HXP-R9T!",
            "7КQМ-2НХР-R9ТD"
    })
    void normaliseRefusesWhatCannotBeACode(String typed) {
        assertNull(Certificate.normalise(typed));
    }

    @Test
    void aNewCodeIsAlreadyNormal() {
        String code = Certificate.newCode();

        assertEquals(code, Certificate.normalise(code));
        assertEquals(code, Certificate.normalise(code.toLowerCase().replace("-", " ")));
    }

    // ---------------------------------------------------------------- revoke

    @Test
    void revokeKeepsTheCertificateWithItsReason() {
        Certificate certificate = certificate();
        String code = certificate.getCode();

        certificate.revoke("  Issued in error: attendance recorded for the wrong person ", REVOKED_AT);

        assertFalse(certificate.isValid());
        assertEquals(REVOKED_AT, certificate.getRevokedAt());
        assertEquals("Issued in error: attendance recorded for the wrong person", certificate.getRevokeReason());
        assertEquals(code, certificate.getCode());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void revokingNeedsAReason(String reason) {
        Certificate certificate = certificate();

        assertRefused("training.certificate.reasonRequired", () -> certificate.revoke(reason, REVOKED_AT));
        assertTrue(certificate.isValid());
        assertNull(certificate.getRevokedAt());
    }

    @Test
    void aReasonOfTheColumnLengthIsAcceptedAndLongerIsRefused() {
        Certificate refusing = certificate();
        Certificate accepting = certificate();
        String longest = "r".repeat(Certificate.REASON_LENGTH);

        DomainException refused = assertRefused("training.textLength",
                () -> refusing.revoke(longest + "r", REVOKED_AT));
        assertEquals(List.of(Certificate.REASON_LENGTH), refused.getArguments());
        assertTrue(refusing.isValid());
        accepting.revoke(longest, REVOKED_AT);
        assertEquals(longest, accepting.getRevokeReason());
    }

    @Test
    void aCertificateIsRevokedOnlyOnce() {
        Certificate certificate = certificate();
        certificate.revoke("Issued in error", REVOKED_AT);

        assertRefused("training.certificate.alreadyRevoked",
                () -> certificate.revoke("Another reason", REVOKED_AT.plusSeconds(60)));
        assertEquals("Issued in error", certificate.getRevokeReason());
        assertEquals(REVOKED_AT, certificate.getRevokedAt());
    }
}

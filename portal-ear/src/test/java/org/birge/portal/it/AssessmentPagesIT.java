package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The assessment pages over HTTP with the demo data: the public verification of a code without signing in
 * (akim.zaisan's certificate 340, code ZSN4-PME2-K7QA), the PDF download for the trainee and the governor of
 * his region, refused to another mayor and to another region's governor, and the evaluation form of a session
 * a trainee attended and has not evaluated yet (akim.tavriya's enrolment 321 in session 310). The
 * verification of a revoked code over HTTP is in CertificateIT, which revokes a certificate of its own.
 */
class AssessmentPagesIT {

    private static final String CODE = "ZSN4-PME2-K7QA";
    private static final String TRAINEE = "Алмас Ондаканов";

    @Test
    void anyoneVerifiesACodeWithoutSigningIn() throws IOException {
        try (PortalClient client = new PortalClient()) {
            PortalClient.Response valid = client.get("/verify/" + CODE);
            assertEquals(200, valid.status());
            assertEquals(TestServers.baseUrl() + "/verify/" + CODE, valid.url(), "no sign-in on the way");
            assertTrue(valid.text().contains("Сертификат действителен") && valid.text().contains(TRAINEE)
                    && valid.text().contains("Планирование, мониторинг и оценка социальных проектов"), valid.text());

            PortalClient.Response loose = client.get("/verify/zsn4pme2k7qa");
            assertEquals(TestServers.baseUrl() + "/verify/" + CODE, loose.url(), "a loosely typed code is found");
            assertTrue(loose.text().contains(TRAINEE), loose.text());

            PortalClient.Response typed = client.get("/verify?code=zsn4-pme2-k7qa");
            assertEquals(TestServers.baseUrl() + "/verify/" + CODE, typed.url(), "the form leads to the code's page");

            PortalClient.Response unknown = client.get("/verify/AAAA-BBBB-CCCC");
            assertEquals(200, unknown.status());
            assertTrue(unknown.text().contains("Код не найден"), unknown.text());
            assertFalse(unknown.text().contains(TRAINEE));

            PortalClient.Response form = client.get("/verify");
            assertEquals(200, form.status());
            assertTrue(form.text().contains("Проверить сертификат"), form.text());
        }
    }

    @Test
    void theTraineeAndTheGovernorOfHisRegionDownloadThePdfOthersAreRefused() throws IOException {
        expectPdf(DemoAccount.AKIM_ZAISAN, "/training/certificate/340.pdf", 200);
        expectPdf(DemoAccount.GOVERNOR_EAST, "/training/certificate/340.pdf", 200);
        expectPdf(DemoAccount.TRAINER_SAULE, "/training/certificate/340.pdf", 200);
        expectPdf(DemoAccount.AKIM_TAVRIYA, "/training/certificate/340.pdf", 403);
        expectPdf(DemoAccount.GOVERNOR_PAVLODAR, "/training/certificate/340.pdf", 403);
        expectPdf(DemoAccount.AKIM_ZAISAN, "/training/certificate/999999.pdf", 404);
        expectPdf(DemoAccount.AKIM_ZAISAN, "/training/certificate/340", 404);
        try (PortalClient anonymous = new PortalClient()) {
            assertTrue(anonymous.get("/training/certificate/340.pdf").onKeycloakLogin());
        }
    }

    private static void expectPdf(DemoAccount account, String path, int status) throws IOException {
        try (PortalClient client = new PortalClient()) {
            client.login(account);
            PortalClient.Response response = client.get(path);
            assertEquals(status, response.status(), account.username() + " " + path);
            if (status == 200) {
                assertTrue(response.text().startsWith("%PDF-"), "a PDF for " + account.username());
            }
        }
    }

    @Test
    void aTraineeOpensTheEvaluationFormOfASessionHeAttended() throws IOException {
        try (PortalClient client = new PortalClient()) {
            client.login(DemoAccount.AKIM_TAVRIYA);
            PortalClient.Response form = client.get("/training/evaluate.xhtml?enrolment=321");
            assertEquals(200, form.status());
            assertTrue(form.text().contains("Насколько полезным было содержание для вашей работы?")
                    && form.text().contains("Отправить оценку"), form.text());
        }
        try (PortalClient client = new PortalClient()) {
            client.login(DemoAccount.AKIM_ZAISAN);
            PortalClient.Response answered = client.get("/training/evaluate.xhtml?enrolment=320");
            assertEquals(200, answered.status());
            assertTrue(answered.text().contains("Вы уже оценили эту сессию"), answered.text());
            assertFalse(answered.text().contains("Отправить оценку"));
        }
    }
}

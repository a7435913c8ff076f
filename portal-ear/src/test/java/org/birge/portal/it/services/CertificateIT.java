package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.awt.image.BufferedImage;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.ConcurrentChangeException;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.training.service.CertificatePdf;
import org.birge.portal.training.service.CertificateRow;
import org.birge.portal.training.service.CertificateService;
import org.birge.portal.training.service.Verification;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certificates: the PDF holds the trainee's name in Kazakh letters, the code and a QR code that reads as the
 * address of the public verification page; who may read it (the trainee, the people who run the training,
 * the governor of the trainee's region, never another mayor); verification of valid, unknown and revoked
 * codes, through the service and over HTTP without signing in; revocation by the session's trainer, audited
 * and told to the trainee.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateIT {

    private static final String NAME = "Айгүл Қасымқызы Нұрланова";

    /** The test archive with PDFBox, which reads the PDFs back (a test library, not in the application). */
    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        return ServiceDeployment.create("certificate-it").addAsLibraries(jarOf(PDDocument.class),
                jarOf(org.apache.pdfbox.io.RandomAccessRead.class), jarOf(org.apache.fontbox.FontBoxFont.class),
                jarOf(org.apache.commons.logging.Log.class));
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @EJB
    private CertificateService certificates;
    @EJB
    private TrainingSetup training;
    @EJB
    private Fixtures fixtures;
    @Inject
    private TestSignIn signIn;

    private Region region;
    private String trainer;
    private String trainee;
    private long enrolment;
    private long certificate;
    private String code;

    @BeforeEach
    void aCompletedTrainee() {
        region = fixtures.region(Fixtures.unique("ZRC"));
        District district = fixtures.district(Fixtures.unique("ZDC"), region);
        trainer = fixtures.newPerson(null, null, Role.TRAINER);
        trainee = fixtures.newPerson(district, null, Role.MAYOR);
        long session = training.openSession(training.course(80, 60, 24), 3, trainer);
        enrolment = training.enrol(session, trainee, NAME, district.getId(), region.getId());
        long failing = training.enrol(session, fixtures.newPerson(district, null, Role.MAYOR), "Не Завершил",
                district.getId(), region.getId());
        training.start(session);
        training.record(enrolment, 3, 40, 88);
        training.record(failing, 1, 40, 30);
        training.complete(session);
        certificate = training.certificateOf(enrolment);
        code = training.codeOf(certificate);
    }

    @Test
    void thePdfHoldsTheNameTheCodeAndAQrCodeOfTheVerificationPage() throws Exception {
        CertificatePdf pdf = signIn.as(trainee, "mayor", () -> certificates.pdf(certificate, Language.KK));
        assertEquals("certificate-" + code + ".pdf", pdf.fileName());
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(document.getPage(0).getMediaBox().getWidth() > document.getPage(0).getMediaBox().getHeight(),
                    "A4 landscape");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(NAME), "the Kazakh name, read back from the embedded font: " + text);
            assertTrue(text.contains(code), text);
            List<String> qrCodes = qrCodes(document.getPage(0).getResources());
            String expected = configured("portal.base-url").orElse("http://localhost:8080").replaceAll("/$", "")
                    + "/verify/" + code;
            assertEquals(List.of(expected), qrCodes);
            assertEquals(expected, certificates.verificationUrl(code));
        }
        byte[] russian = signIn.as(trainee, "mayor", () -> certificates.pdf(certificate, Language.RU)).content();
        try (PDDocument document = Loader.loadPDF(russian)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("успешно завершил(а) обучение по курсу"), "the reader's language: " + text);
        }
    }

    /** What each image of the page reads as, decoded as a QR code. */
    private static List<String> qrCodes(PDResources resources) throws Exception {
        List<String> found = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                BufferedImage picture = image.getImage();
                int width = picture.getWidth();
                int height = picture.getHeight();
                int[] pixels = picture.getRGB(0, 0, width, height, null, 0, width);
                found.add(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new RGBLuminanceSource(width, height, pixels))), Map.of(DecodeHintType.PURE_BARCODE, true))
                        .getText());
            }
        }
        return found;
    }

    @Test
    void theTraineeThoseWhoRunTheTrainingAndTheRegionsGovernorReadItAnotherMayorNever() throws Exception {
        assertNotNull(signIn.as(trainer, "trainer", () -> certificates.pdf(certificate, Language.RU)));
        assertNotNull(signIn.as(fixtures.newPerson(null, null, Role.TRAINER), "trainer",
                () -> certificates.pdf(certificate, Language.RU)));
        assertNotNull(signIn.as(fixtures.newPerson(null, null, Role.PROJECT_MANAGER), "project-manager",
                () -> certificates.pdf(certificate, Language.EN)));
        assertNotNull(signIn.as(fixtures.newAdmin(), "admin", () -> certificates.pdf(certificate, Language.RU)));
        assertNotNull(signIn.as(fixtures.newPerson(null, region, Role.GOVERNOR), "governor",
                () -> certificates.pdf(certificate, Language.RU)));

        Region otherRegion = fixtures.region(Fixtures.unique("ZRC"));
        District sameDistrict = fixtures.district(Fixtures.unique("ZDC"), region);
        assertThrows(AccessDeniedException.class, () -> signIn.as(fixtures.newPerson(sameDistrict, null, Role.MAYOR),
                "mayor", () -> certificates.pdf(certificate, Language.RU)), "another mayor, even of the region");
        assertThrows(AccessDeniedException.class, () -> signIn.as(fixtures.newPerson(null, otherRegion,
                Role.GOVERNOR), "governor", () -> certificates.pdf(certificate, Language.RU)));
        assertThrows(NotFoundException.class, () -> signIn.as(trainee, "mayor",
                () -> certificates.pdf(-1, Language.RU)));

        List<CertificateRow> mine = signIn.as(trainee, "mayor", () -> certificates.mine(PageRequest.of(0, 10))).rows();
        assertEquals(List.of(code), mine.stream().map(CertificateRow::code).toList());
        assertEquals(List.of(), signIn.as(fixtures.newPerson(sameDistrict, null, Role.MAYOR), "mayor",
                () -> certificates.mine(PageRequest.of(0, 10))).rows(), "another mayor's certificates are not theirs");
    }

    @Test
    void verificationAnswersValidUnknownAndRevokedWithoutSigningIn() throws Exception {
        Verification valid = certificates.verify(" " + code.toLowerCase().replace("-", "") + " ");
        assertEquals(Verification.Outcome.VALID, valid.outcome(), "a code typed loosely is found");
        assertEquals(NAME, valid.traineeName());
        assertEquals(24, valid.hours());
        assertEquals(Verification.Outcome.UNKNOWN, certificates.verify("2222-3333-4444").outcome());
        assertEquals(Verification.Outcome.UNKNOWN, certificates.verify("not a code").outcome());
        assertEquals(Verification.Outcome.UNKNOWN, certificates.verify(null).outcome());

        String base = base();
        HttpResponse<String> page = get(base + "/verify/" + code);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(NAME) && page.body().contains("Сертификат действителен"), page.body());
        HttpResponse<String> loose = get(base + "/verify/" + code.toLowerCase().replace("-", ""));
        assertEquals(302, loose.statusCode(), "a loosely typed code leads to the code's own address");
        assertTrue(loose.headers().firstValue("Location").orElse("").endsWith("/verify/" + code));
        HttpResponse<String> form = get(base + "/verify?code=" + code.toLowerCase());
        assertEquals(302, form.statusCode());
        HttpResponse<String> unknown = get(base + "/verify/2222-3333-4444");
        assertEquals(200, unknown.statusCode());
        assertTrue(unknown.body().contains("Код не найден") && !unknown.body().contains(NAME), unknown.body());

        long version = training.certificateVersion(certificate);
        signIn.as(trainer, "trainer", () -> certificates.revoke(certificate, version, "Выдан по ошибке"));
        Verification revoked = certificates.verify(code);
        assertEquals(Verification.Outcome.REVOKED, revoked.outcome());
        assertNotNull(revoked.revokedOn());
        HttpResponse<String> revokedPage = get(base + "/verify/" + code);
        assertEquals(200, revokedPage.statusCode());
        assertTrue(revokedPage.body().contains("Сертификат отозван") && revokedPage.body().contains("больше не действителен")
                && !revokedPage.body().contains("Выдан по ошибке"), "the reason is not told publicly: "
                + revokedPage.body());
    }

    @Test
    void theSessionsTrainerRevokesAuditedAndTheTraineeIsTold() throws Exception {
        long version = training.certificateVersion(certificate);
        assertThrows(AccessDeniedException.class, () -> signIn.as(fixtures.newPerson(null, null, Role.TRAINER),
                "trainer", () -> certificates.revoke(certificate, version, "Not my session")));
        assertThrows(ConcurrentChangeException.class, () -> signIn.as(trainer, "trainer",
                () -> certificates.revoke(certificate, version + 1, "Stale")));
        DomainException noReason = assertThrows(DomainException.class, () -> signIn.as(trainer, "trainer",
                () -> certificates.revoke(certificate, version, " ")));
        assertEquals("training.certificate.reasonRequired", noReason.getMessageKey());

        CertificateRow revoked = signIn.as(trainer, "trainer",
                () -> certificates.revoke(certificate, version, "Посещаемость внесена ошибочно"));
        assertNotNull(revoked.revokedAt());
        assertEquals(List.of("training.certificate.revoked by " + trainer),
                training.audit("certificate", certificate, "training.certificate.revoked"));
        assertEquals(1, training.notifications(trainee, "training.certificate.revoked").size());
        assertEquals(code, training.notifications(trainee, "training.certificate.revoked").get(0).get(1));
        DomainException twice = assertThrows(DomainException.class, () -> signIn.as(fixtures.newAdmin(), "admin",
                () -> certificates.revoke(certificate, revoked.version(), "again")));
        assertEquals("training.certificate.alreadyRevoked", twice.getMessageKey());
        assertEquals(Verification.Outcome.REVOKED, certificates.verify(code).outcome());
    }

    /** This server's address, from the request the test runs in: the portal is deployed at its root. */
    private static String base() {
        HttpServletRequest request = CurrentExchange.request();
        return request.getScheme() + "://localhost:" + request.getLocalPort();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> configured(String name) throws ReflectiveOperationException {
        Object config = Class.forName("org.eclipse.microprofile.config.ConfigProvider").getMethod("getConfig")
                .invoke(null);
        return (Optional<String>) Class.forName("org.eclipse.microprofile.config.Config")
                .getMethod("getOptionalValue", String.class, Class.class).invoke(config, name, String.class);
    }
}

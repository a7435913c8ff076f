package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.service.FactSheet;
import org.birge.portal.project.service.FactSheetService;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.PortalClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A project's fact sheet, read back with PDFBox: its title in Cyrillic, its amounts in tenge with the
 * grouping of the reader's language, texts in that language, the day it was made; for the people who may
 * open the project's page, and for anyone when the project is published.
 */
@ExtendWith(ArquillianExtension.class)
class FactSheetIT {

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        WebArchive archive = ServiceDeployment.create("fact-sheet-it").addAsLibraries(jarOf(PDDocument.class),
                jarOf(org.apache.pdfbox.io.RandomAccessRead.class), jarOf(org.apache.fontbox.FontBoxFont.class),
                jarOf(org.apache.commons.logging.Log.class));
        Path bundles = Path.of(System.getProperty("it.webapp", "../portal-web/src/main/webapp"))
                .resolve("../resources/org/birge/portal/i18n").normalize();
        for (String name : List.of("messages.properties", "messages_en.properties", "messages_ru.properties",
                "messages_kk.properties")) {
            archive.addAsResource(new File(bundles.toFile(), name), "org/birge/portal/i18n/" + name);
        }
        return archive;
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @EJB
    private FactSheetService factSheets;
    @EJB
    private Fixtures fixtures;
    @EJB
    private ProjectSetup setup;
    @Inject
    private TestSignIn signIn;

    private String mayorA1;
    private String mayorB1;
    private String resident;
    private String title;
    private long published;
    private long draft;

    @BeforeEach
    void aProject() {
        Region regionA = fixtures.region(Fixtures.unique("RA"));
        Region regionB = fixtures.region(Fixtures.unique("RB"));
        District a1 = fixtures.district(Fixtures.unique("DA1"), regionA);
        District b1 = fixtures.district(Fixtures.unique("DB1"), regionB);
        mayorA1 = fixtures.newPerson(a1, null, Role.MAYOR);
        mayorB1 = fixtures.newPerson(b1, null, Role.MAYOR);
        resident = fixtures.newPerson(a1, null, Role.RESIDENT);
        long call = setup.openCall(5_000_000, 20, regionA, regionB);
        title = "Ремонт Дома культуры «Шаңырақ» " + Fixtures.unique("P");
        published = setup.placed(a1, call, title, 4, PortalClock.today(), null).projectId();
        draft = setup.draft(a1, call, "Черновик " + Fixtures.unique("P"));
    }

    @Test
    void theSheetHoldsTheTitleTheAmountsAndTheDayInTheReadersLanguage() throws Exception {
        String russian = text(signIn.as(mayorA1, Role.MAYOR_NAME,
                () -> factSheets.factSheet(published, ExportReading.labels(Language.RU))));
        String today = DateTimeFormatter.ofPattern("dd.MM.yyyy").format(PortalClock.today());
        assertAll(
                () -> assertTrue(russian.contains(title), "the Cyrillic and Kazakh title: " + russian),
                () -> assertTrue(russian.contains("Паспорт проекта"), "Russian texts"),
                () -> assertTrue(russian.contains("4 000 000 тг"), "the total cost with Russian grouping: " + russian),
                () -> assertTrue(russian.contains("3 000 000 тг"), "the grant requested"),
                () -> assertTrue(russian.contains("Показатель"), "the indicators' table"),
                () -> assertTrue(russian.contains("Сформировано " + today), "the day it was made"));
        String english = text(signIn.as(mayorA1, Role.MAYOR_NAME,
                () -> factSheets.factSheet(published, ExportReading.labels(Language.EN))));
        assertTrue(english.contains("4,000,000 tenge"), "English grouping: " + english);
        String kazakh = text(factSheets.publicFactSheet(published, ExportReading.labels(Language.KK)));
        assertTrue(kazakh.contains("Жоба паспорты") && kazakh.contains(title), "anyone, for a published project");
        assertTrue(!kazakh.contains("Ашық тапсырмалар"), "the public sheet holds no tasks");
    }

    @Test
    void onlyThoseWhoMayOpenTheProjectGetItsSheet() {
        assertAll(
                () -> assertThrows(AccessDeniedException.class, () -> signIn.as(mayorB1, Role.MAYOR_NAME,
                        () -> factSheets.factSheet(published, ExportReading.labels(Language.RU))), "another region"),
                () -> assertThrows(EJBAccessException.class, () -> signIn.as(resident, Role.RESIDENT_NAME,
                        () -> factSheets.factSheet(published, ExportReading.labels(Language.RU))), "a resident"),
                () -> assertThrows(NotFoundException.class,
                        () -> factSheets.publicFactSheet(draft, ExportReading.labels(Language.RU)), "a draft is not public"));
    }

    /** The text of a PDF, with the no-break spaces of number grouping as plain spaces. */
    private static String text(FactSheet sheet) throws Exception {
        assertTrue(sheet.fileName().endsWith(".pdf"));
        try (PDDocument document = Loader.loadPDF(sheet.content())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replace('\u202f', ' ');
        }
    }
}

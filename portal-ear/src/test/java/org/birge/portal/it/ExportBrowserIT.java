package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Exports as people use them, in headless Chromium through the real sign-in: akim.zaisan exports the projects
 * list to Excel, the page shows the job's progress and then a download link, and the file (read with Apache
 * POI) holds Zaisan's projects only, with Russian headers; another mayor is refused the file. The project's
 * page offers its fact sheet as a PDF. Screenshots: target/screenshots/export-*.png.
 */
class ExportBrowserIT {

    private final OpenBrowsers browsers = new OpenBrowsers();

    @AfterEach
    void closeBrowsers() {
        browsers.close();
    }

    @Test
    void aMayorExportsTheProjectsListAndDownloadsTheFile() throws Exception {
        ProjectBrowser zaisan = browsers.signIn(DemoAccount.AKIM_ZAISAN, "/work/projects.xhtml");
        int listed = Integer.parseInt(zaisan.find(By.cssSelector("#projectsForm\\:projects .ui-paginator-current"))
                .getText().replaceAll(".*?(\\d+)\\D*$", "$1"));
        zaisan.click(ProjectBrowser.id("exportForm:exportXlsx"));
        WebElement link = new WebDriverWait(zaisan.driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.id("exportForm:exportDownload")).stream().findFirst().orElse(null));
        zaisan.screenshot("export-projects-ready");
        String href = link.getAttribute("href");
        assertTrue(link.getText().contains("XLSX"), link.getText());

        HttpResponse<byte[]> file = get(zaisan, href);
        assertEquals(200, file.statusCode(), "the owner downloads the file");
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertEquals("Проект", header.getCell(1).getStringCellValue(), "Russian headers, as the page");
            assertEquals(listed + 1, sheet.getPhysicalNumberOfRows(), "the rows of the list, after the header");
            for (int i = 1; i <= listed; i++) {
                assertEquals("Зайсанский район", sheet.getRow(i).getCell(2).getStringCellValue(),
                        "only Zaisan's projects");
            }
        }

        ProjectBrowser tavriya = browsers.signIn(DemoAccount.AKIM_TAVRIYA, "/work/projects.xhtml");
        assertEquals(403, get(tavriya, href).statusCode(), "another mayor never gets the file");
        browsers.done(tavriya);

        // The project's page offers its fact sheet.
        zaisan.open("/work/project.xhtml?id=510");
        WebElement sheetLink = zaisan.find(By.id("factSheet"));
        zaisan.screenshot("export-fact-sheet-link");
        HttpResponse<byte[]> pdf = get(zaisan, sheetLink.getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Паспорт проекта"), text);
        }
        browsers.done(zaisan);
    }

    /** GETs {@code url} with the browser's session cookie, as the browser would download it. */
    static HttpResponse<byte[]> get(ProjectBrowser browser, String url) throws IOException, InterruptedException {
        StringBuilder cookies = new StringBuilder();
        for (Cookie cookie : browser.driver.manage().getCookies()) {
            cookies.append(cookies.length() == 0 ? "" : "; ").append(cookie.getName()).append('=').append(cookie.getValue());
        }
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookies.toString()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}

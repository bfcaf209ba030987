package org.svtracker.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svtracker.domain.testing.ContractDetailsBuilder.aContract;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.contract.Contracts;

/** A procurement officer works a contract's commitments offline: template, upload with an error, fix, preview, confirm. */
class BidTemplateBrowserTests extends BrowserJourney {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    Contracts contracts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProcurementOfficerUploadsAFilledInTemplateFixesItsProblemAndConfirmsTheCommitments() throws Exception {
        long contractId = aSurreyContractInTender();
        signIn("procurement.surrey", "social-value-demo");

        page.navigate(url("/contracts/" + contractId + "/commitments/upload"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Upload commitments from a file");
        BrowserSupport.assertAccessible(page);
        BrowserSupport.screenshot(page, "bid-template-upload");

        Download download =
                page.waitForDownload(() -> page.locator("#download-xlsx").click());
        byte[] template = Files.readAllBytes(download.path());

        page.locator("#file").setInputFiles(new FilePayload("bid.xlsx", XLSX, filled(template, 0)));
        page.locator("button:has-text('Upload and check')").click();
        assertThat(page.locator(".govuk-error-summary").textContent())
                .contains("Row 4, target quantity: enter a number greater than 0");
        BrowserSupport.assertAccessible(page);
        BrowserSupport.screenshot(page, "bid-template-errors");

        page.locator("#file").setInputFiles(new FilePayload("bid.xlsx", XLSX, filled(template, 2.5)));
        page.locator("button:has-text('Upload and check')").click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Check the commitments before you add them");
        assertThat(page.locator("table tbody tr").count()).isEqualTo(2);
        BrowserSupport.assertAccessible(page);
        BrowserSupport.screenshot(page, "bid-template-preview");

        page.locator("#confirm").click();
        assertThat(page.locator("[aria-labelledby=confirmed-title]").textContent())
                .contains("2 commitments were added from bid.xlsx");
        BrowserSupport.assertAccessible(page);
        BrowserSupport.screenshot(page, "bid-template-confirmed");
        assertThat(jdbc.sql("select count(*) from commitment where contract_id = ?")
                        .param(contractId)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    /** The template as Excel leaves it: a measure chosen from the drop-down, numbers and a date typed in. */
    private static byte[] filled(byte[] template, double firstQuantity) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            Sheet measures = workbook.getSheet("Measures");
            Sheet sheet = workbook.getSheet("Commitments");
            CellStyle date = sheet.getRow(3).getCell(3).getCellStyle();
            int measureRow = 1;
            for (int r = 3; r <= 4; r++) {
                while (!"valued".equals(measures.getRow(measureRow).getCell(4).getStringCellValue())) {
                    measureRow++;
                }
                Row row = sheet.getRow(r);
                row.createCell(0)
                        .setCellValue(measures.getRow(measureRow++).getCell(0).getStringCellValue());
                row.createCell(2).setCellValue(r == 3 ? firstQuantity : 40);
                row.createCell(3).setCellValue(LocalDate.of(2029, 3, 31));
                row.getCell(3).setCellStyle(date);
                row.createCell(5).setCellValue("yes");
                row.createCell(6).setCellValue(10);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private long aSurreyContractInTender() {
        long surrey = jdbc.sql("select id from council where slug = 'surrey'")
                .query(Long.class)
                .single();
        long id = contracts.registerContract(
                surrey,
                aContract("SCC-2026-031")
                        .titled("Countryside access and rights of way maintenance")
                        .worth("650000.00")
                        .running(LocalDate.of(2027, 6, 1), LocalDate.of(2030, 5, 31))
                        .weighting("20")
                        .localArea("Surrey")
                        .build(),
                Actor.system("browser test"));
        contracts.startTender(surrey, id, 0, Actor.system("browser test"));
        return id;
    }
}

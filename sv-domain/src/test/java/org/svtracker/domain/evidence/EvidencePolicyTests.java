package org.svtracker.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.svtracker.domain.evidence.EvidenceRefused.Reason;
import org.svtracker.domain.testing.EvidenceSamples;

class EvidencePolicyTests {

    private static final int MB = 1024 * 1024;

    private final EvidencePolicy policy = new EvidencePolicy(new EvidenceLimits(20, 25, 200));

    @Test
    void theTypeIsDecidedFromTheContentWhateverTheNameSays() {
        assertThat(policy.check(new EvidenceUpload("report.png", EvidenceSamples.pdf("Hi")))
                        .type())
                .isEqualTo(EvidenceType.PDF);
        assertThat(policy.check(new EvidenceUpload("photo", EvidenceSamples.png()))
                        .type())
                .isEqualTo(EvidenceType.PNG);
        assertThat(policy.check(new EvidenceUpload("photo.pdf", EvidenceSamples.jpeg()))
                        .type())
                .isEqualTo(EvidenceType.JPEG);
        assertThat(policy.check(new EvidenceUpload("letter.xlsx", EvidenceSamples.docx()))
                        .type())
                .isEqualTo(EvidenceType.DOCX);
        assertThat(policy.check(new EvidenceUpload("sheet.zip", EvidenceSamples.xlsx()))
                        .type())
                .isEqualTo(EvidenceType.XLSX);
        assertThat(policy.check(new EvidenceUpload("hours.txt", EvidenceSamples.csv()))
                        .type())
                .isEqualTo(EvidenceType.CSV);
    }

    @Test
    void anExecutableRenamedPdfIsRefused() {
        assertThatThrownBy(() -> policy.check(new EvidenceUpload("invoice.pdf", EvidenceSamples.exe())))
                .isInstanceOfSatisfying(EvidenceRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED);
                    assertThat(e.fileName()).isEqualTo("invoice.pdf");
                });
    }

    @Test
    void anHtmlPageRenamedPngIsRefused() {
        assertThatThrownBy(() -> policy.check(new EvidenceUpload("photo.png", EvidenceSamples.html())))
                .isInstanceOfSatisfying(
                        EvidenceRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED));
    }

    @Test
    void macroEnabledDocumentsPlainZipsSvgAndProseAreRefused() {
        for (byte[] refused : List.of(
                EvidenceSamples.docm(),
                EvidenceSamples.zip(),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(),
                "Just a sentence without any table in it".getBytes(),
                "a,b\n\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1))) {
            assertThat(policy.detect(refused)).isEmpty();
        }
    }

    @Test
    void csvSavedByExcelInWindows1252WithAPoundSignIsKept() {
        byte[] bytes = "item;cost\nTrees;\u00a3400\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));

        assertThat(policy.detect(bytes)).contains(EvidenceType.CSV);
    }

    @Test
    void aFileOfTwentyMegabytesIsKeptAndOneByteMoreIsRefused() {
        assertThat(policy.check(new EvidenceUpload("big.pdf", EvidenceSamples.pdfOfSize(20 * MB)))
                        .type())
                .isEqualTo(EvidenceType.PDF);

        assertThatThrownBy(() -> policy.check(new EvidenceUpload("big.pdf", EvidenceSamples.pdfOfSize(20 * MB + 1))))
                .isInstanceOfSatisfying(EvidenceRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.FILE_TOO_LARGE);
                    assertThat(e.limitMegabytes()).isEqualTo(20);
                });
    }

    @Test
    void filesSentTogetherMayNotPassTwentyFiveMegabytes() {
        var fifteen = new EvidenceUpload("a.pdf", EvidenceSamples.pdfOfSize(15 * MB));

        assertThatThrownBy(() -> policy.checkUpload(List.of(fifteen, fifteen)))
                .isInstanceOfSatisfying(
                        EvidenceRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.UPLOAD_TOO_LARGE));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> policy.check(new EvidenceUpload("empty.csv", new byte[0])))
                .isInstanceOfSatisfying(
                        EvidenceRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void theNameIsKeptAsDisplayTextOnlyWithoutPathsControlCharactersOrQuotes() {
        assertThat(EvidencePolicy.displayName("../../x\"\r\n.pdf")).isEqualTo("x.pdf");
        assertThat(EvidencePolicy.displayName("C:\\Users\\ann\\Timesheet Q2.xlsx"))
                .isEqualTo("Timesheet Q2.xlsx");
        assertThat(EvidenceDisplayNames.rightToLeftOverride()).isEqualTo("invoicefdp.exe");
        assertThat(EvidencePolicy.displayName("..")).isEmpty();
        assertThat(EvidencePolicy.displayName(".htaccess")).isEqualTo("htaccess");
        assertThat(EvidencePolicy.displayName("Tom's hours.csv")).isEqualTo("Tom's hours.csv");
        assertThat(EvidencePolicy.displayName("a".repeat(300) + ".pdf"))
                .hasSize(200)
                .endsWith("a.pdf");
    }

    @Test
    void aFileWhoseNameIsNothingButAPathGetsANameFromItsType() {
        assertThat(policy.check(new EvidenceUpload("../../", EvidenceSamples.png()))
                        .displayName())
                .isEqualTo("evidence.png");
    }

    /** Names with invisible characters, spelled out so the source stays readable. */
    private static final class EvidenceDisplayNames {
        static String rightToLeftOverride() {
            return EvidencePolicy.displayName("invoice\u202Efdp.exe");
        }
    }
}

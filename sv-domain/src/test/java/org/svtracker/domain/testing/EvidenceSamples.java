package org.svtracker.domain.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small but real files of each kind, made in memory, for evidence tests. */
public final class EvidenceSamples {

    private static final String WORD_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String EXCEL_MAIN =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private EvidenceSamples() {}

    /** A one-page PDF saying the text given, with a correct cross-reference table. */
    public static byte[] pdf(String text) {
        String stream = "BT /F1 18 Tf 72 720 Td (" + text.replace("(", "").replace(")", "") + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpeg");
    }

    public static byte[] docx() {
        return officePackage(WORD_MAIN, "word/document.xml");
    }

    public static byte[] xlsx() {
        return officePackage(EXCEL_MAIN, "xl/workbook.xml");
    }

    /** A Word document with macros: an Office package all the same, refused. */
    public static byte[] docm() {
        return officePackage("application/vnd.ms-word.document.macroEnabled.main+xml", "word/document.xml");
    }

    /** A zip that is no Office document. */
    public static byte[] zip() {
        return zipOf(List.of("readme.txt"), List.of("hello"));
    }

    public static byte[] csv() {
        return "date,activity,hours\n2026-07-14,Food bank,6\n2026-08-02,Community garden,4.5\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a Windows executable: the MZ header and its DOS stub. */
    public static byte[] exe() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 0x4e, stub.length);
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** {@code size} bytes that start as a PDF, to test the size limits with an otherwise acceptable file. */
    public static byte[] pdfOfSize(int size) {
        byte[] start = pdf("Large");
        byte[] bytes = new byte[size];
        System.arraycopy(start, 0, bytes, 0, Math.min(start.length, size));
        return bytes;
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1d, 0x70, 0xb8));
        g.fillRect(0, 0, 40, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] officePackage(String mainType, String mainPart) {
        String contentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/" + mainPart + "\" ContentType=\"" + mainType + "\"/></Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                + " Target=\"" + mainPart + "\"/></Relationships>";
        return zipOf(
                List.of("[Content_Types].xml", "_rels/.rels", mainPart),
                List.of(contentTypes, rels, "<?xml version=\"1.0\"?><document/>"));
    }

    private static byte[] zipOf(List<String> names, List<String> contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(contents.get(i).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

package org.svtracker.domain.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Which files are kept as evidence. The type is decided from the content alone: Apache Tika reads
 * the magic bytes (never the name, never the browser's content type); an Office Open XML package is
 * then told apart by the main part its {@code [Content_Types].xml} declares, refusing macro-enabled
 * documents; plain text is kept only when it reads as a delimited table (CSV). See
 * docs/decisions/0016-portal-evidence-types.md.
 */
@Component
public class EvidencePolicy {

    static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final Set<String> MACROS = Set.of(
            "application/vnd.ms-office.vbaproject",
            "application/vnd.ms-word.document.macroenabled.main+xml",
            "application/vnd.ms-excel.sheet.macroenabled.main+xml",
            "application/vnd.ms-excel.sheet.binary.macroenabled.main");
    /** [Content_Types].xml is a few kilobytes; anything far larger is not a document we keep. */
    private static final long MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

    private static final int MAX_NAME_LENGTH = 200;

    private final Tika tika = new Tika();
    private final EvidenceLimits limits;

    EvidencePolicy(EvidenceLimits limits) {
        this.limits = limits;
    }

    /** A file the policy accepts: its display name, the type detected, its bytes. */
    public record AcceptedEvidence(String displayName, EvidenceType type, byte[] bytes) {}

    /** Checks every file of one upload before any is kept; the first refusal stops the upload. */
    public List<AcceptedEvidence> checkUpload(List<EvidenceUpload> uploads) {
        long total = uploads.stream().mapToLong(EvidenceUpload::size).sum();
        if (total > limits.maxUploadBytes()) {
            throw EvidenceRefused.uploadTooLarge(limits.maxUploadBytes());
        }
        return uploads.stream().map(this::check).toList();
    }

    /** Checks one file: size, then type from the content. */
    public AcceptedEvidence check(EvidenceUpload upload) {
        String cleaned = displayName(upload.originalName());
        if (upload.size() == 0) {
            throw EvidenceRefused.empty(cleaned);
        }
        if (upload.size() > limits.maxFileBytes()) {
            throw EvidenceRefused.fileTooLarge(cleaned, limits.maxFileBytes());
        }
        EvidenceType type = detect(upload.bytes()).orElseThrow(() -> EvidenceRefused.typeNotAllowed(cleaned));
        String name = cleaned.isEmpty() ? "evidence." + type.extension() : cleaned;
        return new AcceptedEvidence(name, type, upload.bytes());
    }

    /** The type of a file from its content only, if it is one of the types kept. */
    public Optional<EvidenceType> detect(byte[] bytes) {
        String detected = tika.detect(bytes);
        return switch (detected) {
            case "application/pdf" -> Optional.of(EvidenceType.PDF);
            case "image/png" -> Optional.of(EvidenceType.PNG);
            case "image/jpeg" -> Optional.of(EvidenceType.JPEG);
            case "application/x-tika-ooxml", "application/zip" -> officeDocument(bytes);
            case "text/plain" -> isDelimitedText(bytes) ? Optional.of(EvidenceType.CSV) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * The name kept as display text only: the last part of any path, without control or formatting
     * characters (line breaks, right-to-left overrides), quotes or leading dots, and at most 200
     * characters (keeping the extension). {@code ../../x"\r\n.pdf} becomes {@code x.pdf}. Empty when
     * nothing is left.
     */
    public static String displayName(String original) {
        if (original == null) {
            return "";
        }
        String name = original;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .filter(c -> Character.getType(c) != Character.FORMAT
                        && Character.getType(c) != Character.LINE_SEPARATOR
                        && Character.getType(c) != Character.PARAGRAPH_SEPARATOR
                        && Character.getType(c) != Character.UNASSIGNED
                        && Character.getType(c) != Character.PRIVATE_USE
                        && Character.getType(c) != Character.SURROGATE)
                .filter(c ->
                        c != '"' && c != '`' && c != '<' && c != '>' && c != ':' && c != '*' && c != '?' && c != '|')
                .forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            int keep = MAX_NAME_LENGTH - extension.length();
            name = name.substring(0, name.offsetByCodePoints(0, keep)).strip() + extension;
        }
        return name;
    }

    /** A Word document or Excel workbook, from the main part its package declares; macros refused. */
    private Optional<EvidenceType> officeDocument(byte[] bytes) {
        Set<String> types = contentTypesOfPackage(bytes);
        if (types.stream().anyMatch(MACROS::contains)) {
            return Optional.empty();
        }
        boolean word = types.contains(WORD_MAIN);
        boolean excel = types.contains(EXCEL_MAIN);
        if (word == excel) {
            return Optional.empty();
        }
        return Optional.of(word ? EvidenceType.DOCX : EvidenceType.XLSX);
    }

    /**
     * The content types a package's {@code [Content_Types].xml} names, lower-cased; empty for a zip
     * that is no Office document. Read through the zip's central directory, so no other entry is
     * inflated (a zip bomb costs nothing), and parsed with DTDs refused (no external entities).
     */
    private static Set<String> contentTypesOfPackage(byte[] bytes) {
        Path temp = null;
        try {
            temp = Files.createTempFile("sv-evidence-", ".zip");
            Files.write(temp, bytes);
            try (ZipFile zip = new ZipFile(temp.toFile())) {
                ZipEntry entry = zip.getEntry("[Content_Types].xml");
                if (entry == null || entry.getSize() > MAX_CONTENT_TYPES_BYTES) {
                    return Set.of();
                }
                byte[] xml;
                try (InputStream in = zip.getInputStream(entry)) {
                    xml = in.readNBytes((int) MAX_CONTENT_TYPES_BYTES + 1);
                }
                if (xml.length > MAX_CONTENT_TYPES_BYTES) {
                    return Set.of();
                }
                return contentTypesIn(xml);
            }
        } catch (IOException | RuntimeException e) {
            return Set.of();
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // A temporary file the operating system cleans up anyway.
                }
            }
        }
    }

    private static Set<String> contentTypesIn(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            factory.setNamespaceAware(true);
            var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            Set<String> types = new HashSet<>();
            for (String tag : List.of("Override", "Default")) {
                NodeList nodes = document.getElementsByTagNameNS("*", tag);
                for (int i = 0; i < nodes.getLength(); i++) {
                    types.add(((Element) nodes.item(i))
                            .getAttribute("ContentType")
                            .strip()
                            .toLowerCase(java.util.Locale.ROOT));
                }
            }
            return types;
        } catch (Exception e) {
            return Set.of();
        }
    }

    /**
     * CSV: text in UTF-8 (or Windows-1252, as Excel saves it) with no control characters but tab and
     * line breaks, whose first line has a comma, semicolon or tab between fields.
     */
    static boolean isDelimitedText(byte[] bytes) {
        String text = decode(bytes, StandardCharsets.UTF_8)
                .or(() -> decode(bytes, Charset.forName("windows-1252")))
                .orElse(null);
        if (text == null) {
            return false;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        boolean clean = text.codePoints()
                .noneMatch(c -> c != '\t' && c != '\n' && c != '\r' && (Character.isISOControl(c) || c == 0xFFFD));
        if (!clean) {
            return false;
        }
        String firstLine = text.strip().lines().findFirst().orElse("");
        return firstLine.indexOf(',') >= 0 || firstLine.indexOf(';') >= 0 || firstLine.indexOf('\t') >= 0;
    }

    private static Optional<String> decode(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}

package org.svtracker.web.delivery;

/** The name an evidence file is downloaded as: its display name, with nothing a browser or disk could misread. */
final class EvidenceFileNames {

    private static final int LONGEST = 120;

    private EvidenceFileNames() {}

    /**
     * Keeps letters, digits, spaces and {@code . - _ ( )}; drops any folder part, control characters,
     * quotes and separators; never starts with a dot; "evidence" when nothing is left.
     */
    static String safe(String displayName) {
        String name = displayName == null ? "" : displayName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '-' || c == '_' || c == '(' || c == ')') {
                out.appendCodePoint(c);
            } else if (!Character.isISOControl(c)) {
                out.append('_');
            }
        });
        String cleaned = out.toString().strip().replaceAll("^\\.+", "");
        if (cleaned.length() > LONGEST) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
            cleaned = cleaned.substring(0, LONGEST - extension.length()) + extension;
        }
        return cleaned.isBlank() ? "evidence" : cleaned;
    }
}

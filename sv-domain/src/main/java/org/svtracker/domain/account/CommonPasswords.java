package org.svtracker.domain.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords people choose most often, from the public-domain list shipped as
 * {@code common-passwords.txt} (its source is noted at its top). Almost all of them are shorter than
 * the minimum length, so a password also counts as common when it is one of them with digits or
 * symbols added at the end ({@code password1234}), one of them or a few characters repeated
 * ({@code monkeymonkey}), or a run along the keyboard or the alphabet ({@code qwertyuiopas}).
 */
final class CommonPasswords {

    private static final Set<String> LIST = load();

    private static final String[] RUNS = {
        "01234567890123456789",
        "98765432109876543210",
        "qwertyuiopasdfghjklzxcvbnm",
        "abcdefghijklmnopqrstuvwxyz",
        "zyxwvutsrqponmlkjihgfedcba",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
        "qazwsxedcrfvtgbyhnujmikolp"
    };

    private CommonPasswords() {}

    static boolean isCommon(String password) {
        String p = password.toLowerCase(Locale.ROOT).strip();
        if (LIST.contains(p)) {
            return true;
        }
        String base = p.replaceFirst("[^\\p{L}]+$", "");
        if (base.length() >= 3 && LIST.contains(base)) {
            return true;
        }
        int period = smallestPeriod(p);
        if (period < p.length() && (period <= 4 || LIST.contains(p.substring(0, period)))) {
            return true;
        }
        for (String run : RUNS) {
            if (run.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The length of the shortest unit that, repeated, makes the whole text. */
    private static int smallestPeriod(String text) {
        for (int length = 1; length <= text.length() / 2; length++) {
            if (text.length() % length == 0
                    && text.substring(0, length).repeat(text.length() / length).equals(text)) {
                return length;
            }
        }
        return text.length();
    }

    private static Set<String> load() {
        var stream = CommonPasswords.class.getResourceAsStream("common-passwords.txt");
        if (stream == null) {
            throw new IllegalStateException("common-passwords.txt is missing");
        }
        Set<String> words = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.startsWith("#!comment"))
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .filter(line -> !line.isEmpty())
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}

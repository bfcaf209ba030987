package org.svtracker.web.layout;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The service's words from the messages, in British English, for what the web tier composes in Java
 * (summary rows, table cells, flash messages, mails, API problems). The pages read the same messages
 * through Thymeleaf; both use en_GB, the one locale the service speaks.
 */
@Component
public class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    /** The message of {@code key}, with its {@code {0}}, {@code {1}}… filled from {@code args}. */
    public String text(String key, Object... args) {
        return source.getMessage(key, args, Locale.UK);
    }

    /** The message of a validation error or any other resolvable, its default when no key matches. */
    public String text(MessageSourceResolvable resolvable) {
        return source.getMessage(resolvable, Locale.UK);
    }
}

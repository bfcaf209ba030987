package org.svtracker.domain.returns;

import java.math.BigDecimal;

/**
 * What a return says: the quantity delivered in the commitment's unit (none for a narrative
 * measure, or not yet given in a draft) and what was done, in words. The words are kept without
 * the white space around them; blank words are no words.
 */
public record ReturnContent(BigDecimal quantity, String narrative) {

    public static final ReturnContent EMPTY = new ReturnContent(null, null);

    public ReturnContent {
        narrative = narrative == null || narrative.isBlank() ? null : narrative.strip();
    }
}

package org.svtracker.web.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed attempts for one username within
 * the window, every attempt for it is refused for {@link #BLOCK}, right password or not. It counts
 * usernames that do not exist exactly like those that do, so it reveals nothing about accounts.
 * Kept in PostgreSQL so that every application node sees the same counts.
 */
@Component
class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration BLOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isBlocked(String username) {
        return jdbc.sql("select count(*) from sign_in_throttle where throttle_key = ? and blocked_until > ?")
                        .params(key(username), Timestamp.from(clock.instant()))
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                        insert into sign_in_throttle (throttle_key, failures, window_started_at)
                        values (:key, 1, :now)
                        on conflict (throttle_key) do update set
                            failures = case when sign_in_throttle.window_started_at < :windowStart
                                            then 1 else sign_in_throttle.failures + 1 end,
                            window_started_at = case when sign_in_throttle.window_started_at < :windowStart
                                            then :now else sign_in_throttle.window_started_at end
                        returning failures
                        """)
                .param("key", key(username))
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(WINDOW)))
                .query(Integer.class)
                .single();
        if (failures >= MAX_FAILURES) {
            jdbc.sql("update sign_in_throttle set blocked_until = ? where throttle_key = ?")
                    .params(Timestamp.from(now.plus(BLOCK)), key(username))
                    .update();
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        jdbc.sql("delete from sign_in_throttle where throttle_key = ?")
                .param(key(username))
                .update();
    }

    static String key(String username) {
        String key = username.trim().toLowerCase(Locale.ROOT);
        return key.length() > 100 ? key.substring(0, 100) : key;
    }
}

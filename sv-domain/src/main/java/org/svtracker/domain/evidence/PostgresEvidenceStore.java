package org.svtracker.domain.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Evidence bytes in PostgreSQL, in the transaction of the return they belong to. */
@Component
class PostgresEvidenceStore implements EvidenceStore {

    private final JdbcClient jdbc;

    PostgresEvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredContent store(byte[] bytes) {
        String sha256 = sha256(bytes);
        long id = jdbc.sql("insert into evidence_content (sha256, size_bytes, bytes) values (?, ?, ?) returning id")
                .params(sha256, bytes.length, bytes)
                .query(Long.class)
                .single();
        return new StoredContent(id, bytes.length, sha256);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> read(long contentId) {
        return jdbc.sql("select bytes from evidence_content where id = ?")
                .param(contentId)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

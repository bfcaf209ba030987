package org.svtracker.domain.mail;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends mail through the SMTP server the deployment names, and in demo mode keeps a copy in the
 * outbox. A mail sent inside a transaction leaves only once that transaction commits, so a change
 * that rolls back (or a double-clicked form that creates nothing the second time) sends nothing.
 * Delivery runs on a thread of its own, so a slow SMTP server never holds up a page.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MailSettings settings;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "mail-delivery");
        thread.setDaemon(true);
        return thread;
    });

    Mailer(JdbcClient jdbc, ObjectProvider<JavaMailSender> smtp, ObjectProvider<MailSettings> settings) {
        this.jdbc = jdbc;
        this.smtp = smtp;
        this.settings = settings.getIfAvailable(() -> MailSettings.DEFAULTS);
    }

    @Transactional
    public void send(Mail mail) {
        if (settings.keepInOutbox()) {
            jdbc.sql("insert into outbox_message (recipient, subject, body) values (?, ?, ?)")
                    .params(mail.to(), mail.subject(), mail.body())
                    .update();
        }
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            if (!settings.keepInOutbox()) {
                log.warn("No SMTP server is configured (SV_SMTP_HOST): a mail \"{}\" was not sent", mail.subject());
            }
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.execute(() -> deliver(sender, mail));
                }
            });
        } else {
            delivery.execute(() -> deliver(sender, mail));
        }
    }

    private void deliver(JavaMailSender sender, Mail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        try {
            sender.send(message);
        } catch (MailException e) {
            log.error("The mail \"{}\" could not be sent", mail.subject(), e);
        }
    }

    /** The demo outbox, newest first. Empty outside demo mode, where nothing is kept. */
    @Transactional(readOnly = true)
    public List<OutboxMessage> outbox(int limit) {
        return outbox(" order by id desc limit ?", limit).list();
    }

    @Transactional(readOnly = true)
    public Optional<OutboxMessage> outboxMessage(long id) {
        return outbox(" where id = ?", id).optional();
    }

    /** The columns are named as the record's components, so Spring maps each row by name. */
    private JdbcClient.MappedQuerySpec<OutboxMessage> outbox(String rest, Object param) {
        return jdbc.sql("select id, recipient, subject, body, created_at from outbox_message" + rest)
                .param(param)
                .query(OutboxMessage.class);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        delivery.shutdown();
        delivery.awaitTermination(10, TimeUnit.SECONDS);
    }
}

package org.svtracker.web.account;

import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.svtracker.domain.mail.MailSettings;
import org.svtracker.web.demo.DemoMode;

/**
 * Mail goes to the SMTP server named by {@code SV_SMTP_HOST}; without one no mail leaves. In demo
 * mode every mail is also kept in the outbox, which the platform admin reads at {@code /outbox}.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    MailSettings mailSettings(
            @Value("${sv.mail.from}") String from, @Value("${sv.mail.host:}") String host, DemoMode demoMode) {
        if (host.isBlank()) {
            if (demoMode.enabled()) {
                log.info("No SV_SMTP_HOST: mail goes to the demo outbox only");
            } else {
                log.warn("No SV_SMTP_HOST: invitations and password reset mails will not be sent");
            }
        }
        return new MailSettings(from, demoMode.enabled());
    }

    @Bean
    @ConditionalOnExpression("'${sv.mail.host:}' != ''")
    JavaMailSender smtpMailSender(
            @Value("${sv.mail.host}") String host,
            @Value("${sv.mail.port}") int port,
            @Value("${sv.mail.username:}") String username,
            @Value("${sv.mail.password:}") String password,
            @Value("${sv.mail.starttls:true}") boolean startTls) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        Properties properties = sender.getJavaMailProperties();
        if (!username.isBlank()) {
            sender.setUsername(username);
            sender.setPassword(password);
            properties.put("mail.smtp.auth", "true");
        }
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        log.info("Mail goes to the SMTP server at {}:{}", host, port);
        return sender;
    }
}

package org.svtracker.domain.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the SQL statements the application prepares, so that tests can show a page or a query
 * costs the same number of statements for 5 rows as for 50 (no N+1). Import it into a test and
 * read {@link #count()} around the call under test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounter implements BeanPostProcessor {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    private final AtomicLong statements = new AtomicLong();

    public long count() {
        return statements.get();
    }

    /** The number of statements the action prepared. */
    public long countOf(Runnable action) {
        long before = count();
        action.run();
        return count() - before;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? counting(connection) : result;
            });
        }
        return bean;
    }

    private Connection counting(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            if (STATEMENTS.contains(method.getName())) {
                statements.incrementAndGet();
            }
            return invoke(target, method, args);
        });
    }

    private interface Handler<T> {
        Object handle(T target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (p, method, args) -> {
            if (method.getName().equals("unwrap")
                    && args != null
                    && args[0] instanceof Class<?> c
                    && c.isInstance(target)) {
                return target;
            }
            return handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(QueryCounter.class.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

package vn.diplomacy.common;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Runs an outermost {@code @Transactional} method again when InnoDB chose it as a deadlock victim or a lock wait
 * timed out: those transactions were rolled back whole, so a retry is safe, and ordinary office work (two
 * delegations' members saved at once) must not fail for it. Sits outside the transaction interceptor, so that
 * the commit's own failures are seen too.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class TransactionRetry {
    static final int ATTEMPTS = 5;
    private static final Logger LOG = Logger.getLogger(TransactionRetry.class);

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    Object retry(InvocationContext context) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return context.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return context.proceed();
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                LOG.debugf(
                        "Retrying %s after a deadlock or lock timeout (attempt %d)",
                        context.getMethod().getName(), attempt);
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt * attempt));
            }
        }
    }

    /** A deadlock (1213, SQLSTATE 40001) or lock wait timeout (1205): the database undid the transaction. */
    public static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && ("40001".equals(sql.getSQLState())
                            || sql.getErrorCode() == 1213
                            || sql.getErrorCode() == 1205)) {
                return true;
            }
            if (t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}

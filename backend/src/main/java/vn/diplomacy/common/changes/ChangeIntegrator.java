package vn.diplomacy.common.changes;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/** Registers {@link ChangeListener} with Hibernate (found through META-INF/services, as Hibernate's own are). */
public class ChangeIntegrator implements org.hibernate.integrator.spi.Integrator {
    @Override
    public void integrate(Metadata metadata, BootstrapContext context, SessionFactoryImplementor factory) {
        EventListenerRegistry registry = factory.getServiceRegistry().getService(EventListenerRegistry.class);
        ChangeListener listener = new ChangeListener();
        registry.appendListeners(EventType.POST_INSERT, listener);
        registry.appendListeners(EventType.POST_UPDATE, listener);
        registry.appendListeners(EventType.POST_DELETE, listener);
    }
}

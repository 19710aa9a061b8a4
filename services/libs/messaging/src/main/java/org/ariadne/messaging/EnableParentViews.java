package org.ariadne.messaging;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * A service serves parent views (a parent tenant reads a consenting child's figures): it gets lib-tenancy's
 * {@link org.ariadne.tenancy.parent.ParentViews} and keeps children's consents from identity.events with a
 * {@link ParentConsentListener} named after the service. Put it on the feature that serves the parent reads; a service
 * without parent views keeps no consents.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Import(ParentViewsConfiguration.class)
public @interface EnableParentViews {
}

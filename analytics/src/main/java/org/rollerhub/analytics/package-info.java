/**
 * The analytics' public API: the push-based {@link org.rollerhub.analytics.SessionAnalyzer} (samples
 * in, {@link org.rollerhub.analytics.SessionEvent}s out; pure, no threads, IO or wall clock), its
 * settings ({@link org.rollerhub.analytics.AnalyticsSettings}), the roller's setup, the samples in
 * physical units and the values it reports. Everything under {@code internal} is machinery that may
 * change without notice.
 */
package org.rollerhub.analytics;

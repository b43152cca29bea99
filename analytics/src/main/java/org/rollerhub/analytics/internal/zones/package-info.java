/**
 * A session's time in the neck and lumbar zones for its summary: time at rests and time moving near
 * a zone's edge, kept during the session and placed by the rests' averaged gravity at its end.
 */
package org.rollerhub.analytics.internal.zones;

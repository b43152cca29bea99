/**
 * A session's bounds from the load: the pressure cells' zero tracked while unloaded, threshold
 * crossings refined once the samples after them are in, and lost packets held until it is known
 * whether they fall inside a session.
 */
package org.rollerhub.analytics.internal.session;

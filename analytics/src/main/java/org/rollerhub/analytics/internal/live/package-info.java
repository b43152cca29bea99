/**
 * Early live signals, read from each IMU sample as it arrives rather than once the IMU and
 * pressure streams have been merged in time order (which holds an IMU sample until the pressure
 * batch covering it is in, up to a pressure batch's length): the compensation onset and the
 * contact reaching a zone. They read the merged analysis's state (F0, gyro bias, position) and
 * change none of it, so the summary is the same with or without them.
 */
package org.rollerhub.analytics.internal.live;

package org.rollerhub.hub.transport.ble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.types.Variant;

/**
 * Reads typed values out of a BlueZ property map ({@code a{sv}}), tolerating the shapes dbus-java
 * may decode an array into (a Java array or a list). Missing or mistyped values read as absent.
 */
final class Props {
    private Props() {
    }

    static String string(Map<String, Variant<?>> props, String name) {
        Object v = raw(props, name);
        return v instanceof String s ? s : null;
    }

    static Boolean bool(Map<String, Variant<?>> props, String name) {
        Object v = raw(props, name);
        return v instanceof Boolean b ? b : null;
    }

    static Integer integer(Map<String, Variant<?>> props, String name) {
        Object v = raw(props, name);
        return v instanceof Number n ? n.intValue() : null;
    }

    static String path(Map<String, Variant<?>> props, String name) {
        Object v = raw(props, name);
        if (v instanceof DBusPath p) {
            return p.getPath();
        }
        return v instanceof String s ? s : null;
    }

    static byte[] bytes(Map<String, Variant<?>> props, String name) {
        Object v = raw(props, name);
        if (v instanceof byte[] b) {
            return b;
        }
        if (v instanceof List<?> list) {
            byte[] out = new byte[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ((Number) list.get(i)).byteValue();
            }
            return out;
        }
        return null;
    }

    static List<String> strings(Map<String, Variant<?>> props, String name) {
        Object v = raw(props, name);
        List<String> out = new ArrayList<>();
        if (v instanceof Object[] a) {
            for (Object o : a) {
                out.add(String.valueOf(o));
            }
        } else if (v instanceof List<?> l) {
            for (Object o : l) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }

    private static Object raw(Map<String, Variant<?>> props, String name) {
        if (props == null) {
            return null;
        }
        Variant<?> v = props.get(name);
        return v == null ? null : v.getValue();
    }
}

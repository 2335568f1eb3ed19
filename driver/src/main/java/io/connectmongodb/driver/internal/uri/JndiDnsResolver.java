package io.connectmongodb.driver.internal.uri;

import io.connectmongodb.driver.DnsResolver;
import io.connectmongodb.driver.error.MongoDnsException;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

/**
 * {@link DnsResolver} over JNDI's DNS provider ({@code com.sun.jndi.dns.DnsContextFactory} with
 * provider URL {@code dns:}, which uses the system's resolvers). A missing name gives an empty
 * result; other naming failures become {@link MongoDnsException}.
 *
 * <p>JNDI reports an SRV record as {@code "priority weight port target."} and a TXT record as its
 * character strings separated by spaces, each quoted when it contains a space. The strings are
 * joined without separators, as the seedlist spec asks.
 */
public final class JndiDnsResolver implements DnsResolver {
    private static final String TIMEOUT_MS = "3000";
    private static final String RETRIES = "2";

    @Override
    public List<SrvRecord> lookupSrv(String name) {
        List<SrvRecord> records = new ArrayList<>();
        for (String value : lookup(name, "SRV")) {
            String[] fields = value.trim().split("\\s+");
            if (fields.length != 4) {
                throw new MongoDnsException("malformed SRV record for " + name + ": " + value);
            }
            try {
                records.add(new SrvRecord(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]),
                        Integer.parseInt(fields[2]), fields[3]));
            } catch (NumberFormatException e) {
                throw new MongoDnsException("malformed SRV record for " + name + ": " + value, e);
            }
        }
        return records;
    }

    @Override
    public List<String> lookupTxt(String name) {
        List<String> records = new ArrayList<>();
        for (String value : lookup(name, "TXT")) {
            records.add(joinCharacterStrings(value));
        }
        return records;
    }

    /** Joins the character strings of one TXT record as JNDI prints it ({@code "a b" c} gives {@code a bc}). */
    static String joinCharacterStrings(String value) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < value.length() && value.charAt(end) != '"') {
                    if (value.charAt(end) == '\\' && end + 1 < value.length()) {
                        end++;
                    }
                    out.append(value.charAt(end));
                    end++;
                }
                i = end + 1;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static List<String> lookup(String name, String type) {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
        env.put(Context.PROVIDER_URL, "dns:");
        env.put("com.sun.jndi.dns.timeout.initial", TIMEOUT_MS);
        env.put("com.sun.jndi.dns.timeout.retries", RETRIES);
        DirContext context = null;
        try {
            context = new InitialDirContext(env);
            Attributes attributes = context.getAttributes(name, new String[] {type});
            Attribute attribute = attributes.get(type);
            List<String> values = new ArrayList<>();
            if (attribute != null) {
                NamingEnumeration<?> all = attribute.getAll();
                while (all.hasMore()) {
                    values.add(String.valueOf(all.next()));
                }
            }
            return values;
        } catch (NameNotFoundException e) {
            return List.of();
        } catch (NamingException e) {
            throw new MongoDnsException("DNS " + type + " lookup for " + name + " failed: " + e.getMessage(), e);
        } finally {
            if (context != null) {
                try {
                    context.close();
                } catch (NamingException ignored) {
                    // closing a DNS context only releases local state
                }
            }
        }
    }
}

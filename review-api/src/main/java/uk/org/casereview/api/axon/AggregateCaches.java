package uk.org.casereview.api.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.common.caching.NoCache;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The aggregates last used, kept in memory (Ehcache, through Axon's adapter) so that a command does not replay its
 * aggregate's whole history from the event store: one cache per kind of aggregate, of at most
 * {@code casereview.aggregate-cache.entries} each (0: no cache). By default it is on (10,000) for the embedded default,
 * a file that one process alone can open, and off on a shared database such as PostgreSQL, where several instances can
 * write: a stale cached aggregate cannot record a wrong fact (below) but can refuse a command the fresh one would accept.
 * <p>
 * A cached aggregate can be stale only when another instance appended to it. Its command then appends with a sequence
 * number that is already taken: the event store refuses it (ConcurrencyException), Axon drops the aggregate from the
 * cache when the unit of work rolls back, and the command gateway sends the command again, decided on the aggregate
 * loaded afresh from the event store. A stale aggregate therefore never records a fact.
 */
@Component
public class AggregateCaches implements DisposableBean {

    private final int entries;
    private final CacheManager manager = CacheManagerBuilder.newCacheManagerBuilder().build(true);
    private final Map<Class<?>, Cache> caches = new ConcurrentHashMap<>();

    public AggregateCaches(@Value("${casereview.aggregate-cache.entries:#{null}}") Integer entries,
                           @Value("${spring.datasource.url:}") String databaseUrl) {
        this.entries = entries != null ? entries : databaseUrl.startsWith("jdbc:h2:") ? 10_000 : 0;
    }

    /** How many aggregates of each kind are kept (0: none). */
    public int entries() {
        return entries;
    }

    /** The cache of one kind of aggregate. */
    public Cache of(Class<?> aggregateType) {
        return caches.computeIfAbsent(aggregateType, this::create);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Cache create(Class<?> aggregateType) {
        if (entries <= 0) {
            return NoCache.INSTANCE;
        }
        org.ehcache.Cache<Object, Object> cache = manager.createCache(aggregateType.getName(),
                CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class, Object.class, ResourcePoolsBuilder.heap(entries)));
        return new EhCache3Adapter((Ehcache) cache);
    }

    @Override
    public void destroy() {
        manager.close();
    }
}

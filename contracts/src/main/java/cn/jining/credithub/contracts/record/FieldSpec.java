package cn.jining.credithub.contracts.record;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One field of a record type as the standard describes it: JSON name, Java type, and its {@link Field}
 * annotation. {@link #of(Class)} lists a type's fields in declaration order.
 */
public record FieldSpec(String name, Class<?> type, Class<?> elementType, Field field, RecordComponent component) {

    private static final Map<Class<?>, List<FieldSpec>> CACHE = new ConcurrentHashMap<>();

    public static List<FieldSpec> of(Class<? extends CreditRecord> recordType) {
        return CACHE.computeIfAbsent(recordType, type -> Arrays.stream(type.getRecordComponents())
                .map(FieldSpec::from).toList());
    }

    public static Optional<FieldSpec> find(Class<? extends CreditRecord> recordType, String name) {
        return Optional.ofNullable(byName(recordType).get(name));
    }

    public static Map<String, FieldSpec> byName(Class<? extends CreditRecord> recordType) {
        return of(recordType).stream().collect(Collectors.toUnmodifiableMap(FieldSpec::name, Function.identity()));
    }

    private static FieldSpec from(RecordComponent component) {
        Field field = component.getAnnotation(Field.class);
        if (field == null) {
            throw new IllegalStateException(component.getDeclaringRecord().getSimpleName() + "." + component.getName()
                    + " lacks its @Field description");
        }
        Class<?> element = null;
        if (component.getGenericType() instanceof ParameterizedType list) {
            element = (Class<?>) list.getActualTypeArguments()[0];
        }
        return new FieldSpec(component.getName(), component.getType(), element, field, component);
    }

    public Object valueOf(CreditRecord record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}

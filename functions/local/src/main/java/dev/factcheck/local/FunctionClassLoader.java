package dev.factcheck.local;

import java.io.IOException;
import java.io.InputStream;

/**
 * Gives each function its own copy of the project's function code, as each Lambda function has its
 * own JVM: a class under {@code dev.factcheck.} is defined anew here from the bytes the parent
 * loader (the runner's classpath, or the function's CodeUri jar) holds, so its static state (the
 * DynamoDB client built once per container and the credentials it holds, caches) belongs to this
 * function alone. Everything else (the JDK, the AWS SDK, Jackson, the Lambda interfaces) and the
 * runner's own packages are shared through the parent.
 */
final class FunctionClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    FunctionClassLoader(String function, ClassLoader parent) {
        super("function:" + function, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!isFunctionCode(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                type = defineFromParent(name);
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }

    private Class<?> defineFromParent(String name) throws ClassNotFoundException {
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                return super.loadClass(name, false);
            }
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }

    /** The project's function code; the runner, its test doubles and the devkit stay shared. */
    private static boolean isFunctionCode(String name) {
        return name.startsWith("dev.factcheck.") && !name.startsWith("dev.factcheck.local.")
                && !name.startsWith("dev.factcheck.devkit.") && !name.startsWith("dev.factcheck.sam.")
                && !name.startsWith("dev.factcheck.iam.") && !name.startsWith("dev.factcheck.testing.");
    }
}

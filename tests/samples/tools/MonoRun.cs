// Runs a compiled sample's Main, then ends the process at once.
//
// Mono 6.8 sometimes waits tens of seconds at exit for the thread pool after
// an HttpClient call (seen in about 1 run in 60). .NET does not, and the docs
// samples should not carry a workaround, so the checker runs them through this.
using System;
using System.Reflection;

static class MonoRun
{
    static void Main(string[] args)
    {
        MethodInfo entry = Assembly.LoadFrom(args[0]).EntryPoint;
        int code = 0;
        try
        {
            object[] arguments = entry.GetParameters().Length == 0 ? null : new object[] { new string[0] };
            object result = entry.Invoke(null, arguments);
            if (result is int value)
            {
                code = value;
            }
        }
        catch (TargetInvocationException error)
        {
            Console.Error.WriteLine(error.InnerException);
            code = 1;
        }
        Console.Out.Flush();
        Console.Error.Flush();
        Environment.Exit(code);
    }
}

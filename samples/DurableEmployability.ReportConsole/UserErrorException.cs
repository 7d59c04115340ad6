using System;

namespace DurableEmployability.ReportConsole;

/// <summary>A failure caused by the user's input or arguments (exit code 2), reported as one line without a stack trace.</summary>
internal sealed class UserErrorException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="UserErrorException"/> class.</summary>
    public UserErrorException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="UserErrorException"/> class.</summary>
    /// <param name="message">The one-line message, in the user's language.</param>
    public UserErrorException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="UserErrorException"/> class.</summary>
    /// <param name="message">The one-line message, in the user's language.</param>
    /// <param name="innerException">The cause.</param>
    public UserErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

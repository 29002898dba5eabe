#pragma once

#include "Phrase.h"

#include <QString>
#include <QtGlobal>
#include <optional>
#include <utility>

namespace sa::core {

/// What kind of failure an Error reports; callers branch on this, people read the message.
enum class ErrorCode
{
    None,
    InvalidArgument,  ///< malformed input: a DN, a value, a command-line argument
    UnknownClass,     ///< no such object class in the schema
    UnknownAttribute, ///< no such attribute, or not allowed on the object's class
    MissingAttribute, ///< a required attribute has no value
    InvalidValue,     ///< a value breaks the attribute's syntax or limits
    NotFound,         ///< no object at that DN
    AlreadyExists,    ///< an object with that DN exists
    NotAllowed,       ///< the schema or a rule forbids the operation
    Storage,          ///< the database or the file system failed
    NotADatabase,     ///< a site file is not a SQLite database of ours
    Cancelled,        ///< the administrator stopped the work (between transactions)
    Busy,             ///< another process holds the work; trying again later may succeed
};

/// A failure with one line of text that names what is wrong (and the attribute or object when
/// there is one), fit to print on the command line or in a message box as it is. The text is a
/// Phrase: message() says it in English (the command line, the logs), translated() in the window's
/// language.
class Error
{
public:
    Error() = default;
    Error(ErrorCode code, Phrase message, QString attribute = {})
        : m_code(code), m_message(std::move(message)), m_attribute(std::move(attribute))
    {
    }
    /// A failure whose text is not ours to translate (SQLite's, the system's, one read from a file).
    Error(ErrorCode code, const QString& message, QString attribute = {})
        : Error(code, Phrase::plain(message), std::move(attribute))
    {
    }

    ErrorCode code() const { return m_code; }
    /// In English.
    QString message() const { return m_message.english(); }
    /// In the language of the installed catalogues: what the window shows.
    QString translated() const { return m_message.translated(); }
    const Phrase& phrase() const { return m_message; }
    /// The attribute the error is about, when there is one (imports point at its column).
    const QString& attribute() const { return m_attribute; }
    bool isError() const { return m_code != ErrorCode::None; }

private:
    ErrorCode m_code = ErrorCode::None;
    Phrase m_message;
    QString m_attribute;
};

/// Result of an operation that yields nothing but success or an Error.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
};

/// A value or an Error. Small on purpose: C++17 has no std::expected. Asking a failed Result for
/// its value is a programming error: it stops the program with the error's text (debug and release
/// alike) instead of reading a value that is not there.
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}     // NOLINT(google-explicit-constructor)
    Result(Error error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const&
    {
        require();
        return *m_value;
    }
    T& value() &
    {
        require();
        return *m_value;
    }
    T&& value() &&
    {
        require();
        return std::move(*m_value);
    }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return m_error; }
    /// Success or the error, without the value: for work that needs only whether it went.
    Status status() const { return ok() ? Status() : Status(m_error); }

private:
    void require() const
    {
        if (Q_UNLIKELY(!m_value))
            qFatal("Result: the value of a failed operation was used (%s)", qPrintable(m_error.message()));
    }

    std::optional<T> m_value;
    Error m_error;
};

} // namespace sa::core

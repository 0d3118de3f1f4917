#include "PythonText.h"

#include <array>
#include <charconv>

namespace nw::pytorch {

namespace {

const QSet<QString>& keywords()
{
    static const QSet<QString> words { QStringLiteral("False"), QStringLiteral("None"), QStringLiteral("True"),
        QStringLiteral("and"), QStringLiteral("as"), QStringLiteral("assert"), QStringLiteral("async"),
        QStringLiteral("await"), QStringLiteral("break"), QStringLiteral("class"), QStringLiteral("continue"),
        QStringLiteral("def"), QStringLiteral("del"), QStringLiteral("elif"), QStringLiteral("else"),
        QStringLiteral("except"), QStringLiteral("finally"), QStringLiteral("for"), QStringLiteral("from"),
        QStringLiteral("global"), QStringLiteral("if"), QStringLiteral("import"), QStringLiteral("in"),
        QStringLiteral("is"), QStringLiteral("lambda"), QStringLiteral("nonlocal"), QStringLiteral("not"),
        QStringLiteral("or"), QStringLiteral("pass"), QStringLiteral("raise"), QStringLiteral("return"),
        QStringLiteral("try"), QStringLiteral("while"), QStringLiteral("with"), QStringLiteral("yield"),
        QStringLiteral("match"), QStringLiteral("case") };
    return words;
}

// Names the generated forward() itself uses: a variable must not hide them.
const QSet<QString>& namesUsedByCode()
{
    static const QSet<QString> names { QStringLiteral("self"), QStringLiteral("torch"), QStringLiteral("nn"),
        QStringLiteral("np"), QStringLiteral("math"), QStringLiteral("json"), QStringLiteral("os"),
        QStringLiteral("struct"), QStringLiteral("getattr") };
    return names;
}

} // namespace

QString pythonString(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

QString pythonNumber(double value)
{
    std::array<char, 64> buffer {};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    QString text = QString::fromLatin1(buffer.data(), static_cast<qsizetype>(result.ptr - buffer.data()));
    // "3" would be an int to Python; keep floats visibly floats.
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')) && !text.contains(QLatin1Char('n')))
        text += QStringLiteral(".0");
    return text;
}

QString pythonBool(bool value)
{
    return value ? QStringLiteral("True") : QStringLiteral("False");
}

QString pythonIntList(const QList<int>& values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

bool isPythonIdentifier(const QString& name)
{
    if (name.isEmpty() || keywords().contains(name))
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

bool isModuleAttributeName(const QString& name)
{
    // torch.nn.Module's attributes in 1.13 and the ones later versions added.
    static const QSet<QString> names = [] {
        QSet<QString> s;
        for (const char* n : { "T_destination", "add_module", "apply", "bfloat16", "buffers", "call_super_init",
                 "children", "compile", "cpu", "cuda", "double", "dump_patches", "eval", "extra_repr", "float",
                 "forward", "get_buffer", "get_extra_state", "get_parameter", "get_submodule", "half", "ipu",
                 "load_state_dict", "modules", "mtia", "named_buffers", "named_children", "named_modules",
                 "named_parameters", "parameters", "register_backward_hook", "register_buffer", "register_forward_hook",
                 "register_forward_pre_hook", "register_full_backward_hook", "register_full_backward_pre_hook",
                 "register_load_state_dict_post_hook", "register_load_state_dict_pre_hook", "register_module",
                 "register_parameter", "register_state_dict_hook", "register_state_dict_post_hook",
                 "register_state_dict_pre_hook", "requires_grad_", "set_extra_state", "set_submodule", "share_memory",
                 "state_dict", "to", "to_empty", "train", "training", "type", "xpu", "zero_grad" })
            s.insert(QString::fromLatin1(n));
        return s;
    }();
    // Every private attribute of a Module starts with an underscore (_modules, _buffers, ...).
    return names.contains(name) || name.startsWith(QLatin1Char('_'));
}

QString pythonVariableName(const QString& id, QSet<QString>& taken)
{
    QString name;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        const bool plain = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        name += plain ? c : QLatin1Char('_');
    }
    if (name.isEmpty() || name.at(0).isDigit())
        name.prepend(QStringLiteral("x_"));
    if (keywords().contains(name) || namesUsedByCode().contains(name))
        name += QLatin1Char('_');
    QString unique = name;
    for (int k = 2; taken.contains(unique); ++k)
        unique = name + QLatin1Char('_') + QString::number(k);
    taken.insert(unique);
    return unique;
}

} // namespace nw::pytorch

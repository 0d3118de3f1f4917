#pragma once
// Small pieces of Python source text the PyTorch export writes: literals that
// Python reads back exactly, and names that are safe as variables or module
// attributes. Plain functions over strings; no state.
#include <QSet>
#include <QString>
#include <QStringList>

namespace nw::pytorch {

// A double-quoted Python string literal ("conv-1", with \\ and \" escaped).
QString pythonString(const QString& text);
// The shortest decimal that reads back as the same double (0.001, 1e-08, 3.0).
QString pythonNumber(double value);
QString pythonBool(bool value);
// "[1, 28, 28]"-style list of integers.
QString pythonIntList(const QList<int>& values);

// An ASCII identifier that is not a Python keyword: usable as `self.<name>`.
bool isPythonIdentifier(const QString& name);
// A name torch.nn.Module already uses (train, forward, state_dict, _modules...):
// a submodule of that name cannot be registered, in any torch version we know.
bool isModuleAttributeName(const QString& name);

// A local variable name for a node id in forward(): the id when it is an
// identifier that hides nothing the code uses, else a cleaned form; unique among
// `taken`, which it extends.
QString pythonVariableName(const QString& id, QSet<QString>& taken);

} // namespace nw::pytorch

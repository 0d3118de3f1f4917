#pragma once
// Loading a project for a command, and what `predict` and `explain` ask of a project before they run it: it was read,
// its graph compiles, it has trained weights and one input. Says on stderr why
// not, in the CLI's error style, naming the project.
#include "training/PreparedProject.h"

#include <QString>

#include <memory>

namespace nw::cli {

// Loads `path` as PreparedProject::load() does and checks that its graph compiles;
// otherwise says why on stderr (the load's error, or every compile message prefixed
// with the project) and returns null: what every command that trains or evaluates
// a project does first.
std::unique_ptr<PreparedProject> loadCompiledProject(const QString& path, const PreparedProject::Options& options);

// `prepared` may be null (then `loadError` says why); `command` names the caller
// in the one-input message ("predict supports networks with one input").
bool isRunnableProject(const PreparedProject* prepared, const QString& path, const QString& loadError, const QString& command);

} // namespace nw::cli

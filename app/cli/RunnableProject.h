#pragma once
// What `predict` and `explain` ask of a project before they run it: it was read,
// its graph compiles, it has trained weights and one input. Says on stderr why
// not, in the CLI's error style, naming the project.
#include <QString>

namespace nw {
class PreparedProject;
}

namespace nw::cli {

// `prepared` may be null (then `loadError` says why); `command` names the caller
// in the one-input message ("predict supports networks with one input").
bool isRunnableProject(const PreparedProject* prepared, const QString& path, const QString& loadError, const QString& command);

} // namespace nw::cli

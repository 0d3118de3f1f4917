#pragma once
// Puts a lesson bundle together from what a teacher has in the window (File ▸ Save
// as Lesson…): the settings, the current project and its weights, the Markdown, and
// the folder the Markdown's images are read from (the .md file's, when one was
// picked). Every image the Markdown shows by a relative name ("images/a.png") goes
// into the bundle under that name; a missing one is refused by name.
#include "LessonBundle.h"

#include <optional>

namespace nw {

class LessonComposer {
public:
    static std::optional<LessonBundle> compose(const LessonSettings& settings, const Project& project,
        const std::map<std::string, Tensor>& weights, const QString& markdown, const QString& imageFolder,
        QString* error);
    // The relative image names of ![alt](name) in `markdown`, in order, each once.
    static QStringList imageNames(const QString& markdown);
};

} // namespace nw

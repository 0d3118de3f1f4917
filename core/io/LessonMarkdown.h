#pragma once
// Splits a lesson's Markdown into its steps: every level-2 heading ("## Title", not
// inside a ``` or ~~~ fence) starts one. What comes before the first step (a "# Lesson
// title" and an introduction) is shown at the top of the first step.
#include <QString>

#include <vector>

namespace nw {

struct LessonMarkdownStep {
    QString title; // the heading's text, without "## "
    QString markdown; // the step's text, its heading included
};

class LessonMarkdown {
public:
    static std::vector<LessonMarkdownStep> steps(const QString& markdown);
};

} // namespace nw

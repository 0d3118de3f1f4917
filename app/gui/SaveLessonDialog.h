#pragma once
// File ▸ Save as Lesson…: the teacher's side of lessons. From the current project
// (network, settings, data reference and weights) it makes a .nwlesson: the title,
// the steps' Markdown (typed here or read from a .md file, whose images come along),
// the locks (palette hidden, graph locked but for some layer settings, only some
// training settings free) and goals per step (a measure, a threshold, the step).
// writeTo() composes (LessonComposer) and writes (LessonBundleFile) the bundle.
#include "io/LessonBundle.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace nw {

class NetworkDocument;

class SaveLessonDialog : public QDialog {
    Q_OBJECT

public:
    SaveLessonDialog(NetworkDocument* document, QWidget* parent = nullptr);

    // Reads a Markdown file into the text; its folder is where images are read from.
    bool loadMarkdown(const QString& path, QString* error);
    void setTitle(const QString& title);
    void setMarkdown(const QString& markdown);
    void setHidePalette(bool hide);
    // lockGraph with the layer settings that stay editable.
    void setGraphLock(bool lock, const QStringList& layerSettings = {});
    // nullopt: every training setting may change.
    void setTrainingSettings(const std::optional<QStringList>& names);
    // A goal of one condition for a 0-based step; kind as in lesson.json.
    void addGoal(int step, const QString& kind, double threshold);

    // The settings as the dialog shows them.
    LessonSettings settings() const;
    bool writeTo(const QString& path, QString* error);

private:
    void addGoalRow(int step, const QString& kind, double threshold);
    void chooseMarkdownFile();

    NetworkDocument* m_document;
    QString m_imageFolder;
    QLineEdit* m_title;
    QPlainTextEdit* m_markdown;
    QCheckBox* m_hidePalette;
    QCheckBox* m_lockGraph;
    QLineEdit* m_layerSettings;
    QCheckBox* m_limitTraining;
    QListWidget* m_trainingSettings;
    QTableWidget* m_goals;
};

} // namespace nw

#pragma once
// A path field with a "Browse…" button, for the dataset dock's file and folder
// pickers. Emits pathChanged() when the user finishes typing or picks a path;
// setPath() from code emits too, so tests drive it like a person would.
#include <QString>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace nw {

class PathEdit : public QWidget {
    Q_OBJECT

public:
    enum class Mode { OpenFile, Directory };

    PathEdit(Mode mode, QString dialogTitle, QString nameFilter, QWidget* parent = nullptr);

    QString path() const;
    // Shows `path` without announcing it (for refreshing from the document).
    void showPath(const QString& path);
    // Sets the path and emits pathChanged() when it differs.
    void setPath(const QString& path);
    // Where the dialog opens and relative paths resolve (the project's folder).
    void setBaseDirectory(const QString& directory) { m_baseDirectory = directory; }

Q_SIGNALS:
    void pathChanged(const QString& path);

private:
    void browse();
    void commit();

    Mode m_mode;
    QString m_dialogTitle;
    QString m_nameFilter;
    QString m_baseDirectory;
    QString m_committed;
    QLineEdit* m_edit;
    QToolButton* m_browse;
};

} // namespace nw

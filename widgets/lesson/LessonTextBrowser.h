#pragma once
// Shows one step of a lesson: its Markdown formatted by QTextDocument, the images it
// names read from the lesson bundle by entry name ("images/boundary.png"), never
// from disk, so a lesson shows the same wherever it was unpacked (it never is).
// Links to the web open in the system's browser.
#include <QByteArray>
#include <QString>
#include <QTextBrowser>

#include <map>

namespace nw {

class LessonTextBrowser : public QTextBrowser {
    Q_OBJECT

public:
    explicit LessonTextBrowser(QWidget* parent = nullptr);

    // The bundle's entries images are read from (the dock's copy; set before setMarkdown).
    void setResources(std::map<QString, QByteArray> files) { m_files = std::move(files); }

    QVariant loadResource(int type, const QUrl& name) override;

private:
    std::map<QString, QByteArray> m_files;
};

} // namespace nw

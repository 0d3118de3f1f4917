#pragma once
// The example gallery shown at first start (and from File > Open Example…): a card
// per bundled example with a picture of its graph and its one-line description,
// the spiral preselected, so one click on Open and one on Train gets a network
// learning. Returns the chosen example's path; the window opens it as a copy.
#include <QDialog>

class QCheckBox;
class QListWidget;

namespace nw {

class ExampleGallery : public QDialog {
    Q_OBJECT

public:
    static constexpr const char* kPreselected = "spiral";

    explicit ExampleGallery(QWidget* parent = nullptr);

    QString selectedPath() const;
    void selectExample(const QString& key);
    QListWidget* list() const { return m_list; }

    // QSettings "gallery/showAtStart" (default true); the dialog's check box writes it.
    static bool showAtStart();

private:
    QListWidget* m_list;
    QCheckBox* m_showAtStart;
};

} // namespace nw

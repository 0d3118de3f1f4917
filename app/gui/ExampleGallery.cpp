#include "ExampleGallery.h"

#include "ExampleProjects.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace nw {

namespace {

const QString kShowKey = QStringLiteral("gallery/showAtStart");
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2;
const QSize kThumbnail(230, 130);

} // namespace

ExampleGallery::ExampleGallery(QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_showAtStart(new QCheckBox(tr("Show this gallery when Netwright starts"), this))
{
    setWindowTitle(tr("Welcome to Netwright"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<b>Pick an example to start from.</b> Open it, then press "
                                "<i>Train</i> and watch the network learn. Examples open as untitled "
                                "copies: change them as you like."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(kThumbnail);
    m_list->setGridSize(QSize(kThumbnail.width() + 24, kThumbnail.height() + 78));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(6);
    for (const ExampleProject& example : ExampleProjects::all()) {
        const QString name = example.project.name.isEmpty() ? example.key : example.project.name;
        auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(ExampleProjects::thumbnail(example.project, kThumbnail))),
            QStringLiteral("%1\n%2").arg(name, example.project.description), m_list);
        item->setData(kPathRole, example.path);
        item->setData(kKeyRole, example.key);
        item->setToolTip(example.project.description);
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
    }
    layout->addWidget(m_list, 1);

    m_showAtStart->setChecked(showAtStart());
    connect(m_showAtStart, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(kShowKey, on); });
    layout->addWidget(m_showAtStart);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* open = buttons->addButton(tr("&Open Example"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Start &Empty"), QDialogButtonBox::RejectRole);
    open->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentItemChanged, this,
        [open](QListWidgetItem* current) { open->setEnabled(current != nullptr); });
    layout->addWidget(buttons);

    selectExample(QString::fromLatin1(kPreselected));
    resize(1060, 520);
}

void ExampleGallery::selectExample(const QString& key)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kKeyRole).toString() == key)
            m_list->setCurrentRow(i);
}

QString ExampleGallery::selectedPath() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kPathRole).toString() : QString();
}

bool ExampleGallery::showAtStart()
{
    return QSettings().value(kShowKey, true).toBool();
}

} // namespace nw

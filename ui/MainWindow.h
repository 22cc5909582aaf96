#pragma once

#include <QMainWindow>

namespace Lexecon::Ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Lexecon::Ui

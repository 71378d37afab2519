@echo off
rem costfit start script for Windows: runs lib\costfit.jar on the machine's Java 17 or newer (JAVA_HOME\bin\java.exe
rem if JAVA_HOME is set, else java.exe on the PATH) with the arguments given, and returns its exit code.
rem COSTFIT_JAVA_OPTS: extra JVM options. No parenthesised blocks: a JAVA_HOME such as C:\Program Files (x86)\...
rem would end them early.
setlocal
set "COSTFIT_HOME=%~dp0.."
set "JAVA_EXE=java.exe"
if not defined JAVA_HOME goto findJava
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_EXE%" goto run
echo costfit: JAVA_HOME is "%JAVA_HOME%", which has no bin\java.exe; point JAVA_HOME at a Java 17 or newer 1>&2
exit /b 2

:findJava
where java.exe >nul 2>nul
if not errorlevel 1 goto run
echo costfit: needs Java 17 or newer and found none; set JAVA_HOME or put java on the PATH 1>&2
exit /b 2

:run
rem As the launcher: C1 only and serial GC (a short-lived CLI starts faster); headless (charts go to SVG and PNG).
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true %COSTFIT_JAVA_OPTS% -jar "%COSTFIT_HOME%\lib\costfit.jar" %*
exit /b %ERRORLEVEL%
